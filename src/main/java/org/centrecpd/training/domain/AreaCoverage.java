package org.centrecpd.training.domain;

import org.centrecpd.courses.CorePurposeArea;

/** How many of a centre's staff have completed training in one core-purpose area. */
public record AreaCoverage(CorePurposeArea area, long trained) {
}
