/**
 * The organisation's public API for other modules: services (which check role and scope) and the
 * row records they return. Domain entities and repositories stay inside the module.
 */
@org.springframework.modulith.NamedInterface("service")
package org.centrecpd.organisation.service;
