package org.centrecpd.base.export;

import java.util.List;

/**
 * A table as people download it: a title (the sheet name), column headings and rows of plain
 * values (text, numbers, dates). Built by a view from what a scoped service returned, so an export
 * never holds more than the screen it came from may show.
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
