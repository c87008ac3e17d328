/** Training's public API for other modules (the home page's widget reads My learning through it). */
@org.springframework.modulith.NamedInterface("service")
package org.centrecpd.training.service;
