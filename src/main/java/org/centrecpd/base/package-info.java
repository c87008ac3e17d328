/**
 * Cross-cutting pieces every feature may use: the one clock, the app shell (layout, navigation,
 * error views) and small shared UI parts. Depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.centrecpd.base;
