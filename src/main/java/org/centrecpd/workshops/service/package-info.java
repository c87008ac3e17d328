/** Workshops' public service API: what views and other modules call. */
@org.springframework.modulith.NamedInterface("service")
package org.centrecpd.workshops.service;
