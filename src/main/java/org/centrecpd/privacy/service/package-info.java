/** The privacy module's services: what its views call. Nothing outside the module uses them. */
package org.centrecpd.privacy.service;
