package org.centrecpd.training.service;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.courses.CorePurposeArea;

/**
 * A centre's core-purpose coverage on a day: every one of the eight areas, with how many of its
 * staff had completed training tagged with it. An area nobody is trained in is a gap.
 */
public record Coverage(LocalDate asAt, long staff, List<Area> areas) {

    public record Area(CorePurposeArea area, long trained, int percent) {

        public boolean isGap() {
            return trained == 0;
        }
    }

    public long gaps() {
        return areas.stream().filter(Area::isGap).count();
    }
}
