/** Notifications' services: what its views and controller call. */
package org.centrecpd.notifications.service;
