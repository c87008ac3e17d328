package org.centrecpd.courses.ui;

import java.math.BigDecimal;

/** CPD hours as people write them: 20, 1.5. */
final class Hours {

    private Hours() {
    }

    static String of(BigDecimal hours) {
        return hours == null ? "0" : hours.stripTrailingZeros().toPlainString();
    }
}
