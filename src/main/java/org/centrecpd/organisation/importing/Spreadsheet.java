package org.centrecpd.organisation.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.centrecpd.base.RuleViolation;

/**
 * The first sheet of an uploaded CSV or XLSX file as rows of text, whatever program saved it.
 * <p>
 * Hostile or broken files are refused with a {@link RuleViolation} saying what is wrong, before any
 * row is looked at: not a spreadsheet, an old .xls, too many rows or columns. XLSX is read as a
 * stream of XML events (POI's event API, with its zip-bomb limits), never as a whole workbook in
 * memory. A cell holding a formula comes back as {@code "="} and the formula's text, so the caller
 * refuses it like typed formula text (a formula in an import is either an accident or an attack).
 * Dates typed as dates in Excel come back as ISO dates ({@code 2026-09-01}).
 */
final class Spreadsheet {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 50;
    static final int MAX_CELL = 1_000;

    static {
        // A real XLSX of 20 000 rows is a few MB inflated; anything inflating far beyond is a bomb.
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column < 0 || column >= cells.size() || cells.get(column) == null ? "" : cells.get(column).strip();
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The header row (row 1) and the rows under it, blank rows left out. */
    record Sheet(List<String> headers, List<Row> rows) {
    }

    private Spreadsheet() {
    }

    static Sheet read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RuleViolation("import.file.empty");
        }
        if (bytes.length > ImportFiles.MAX_BYTES) {
            throw new RuleViolation("import.file.tooBig", ImportFiles.MAX_BYTES / (1024 * 1024));
        }
        List<Row> all;
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            all = XlsxRows.read(bytes);
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new RuleViolation("import.file.oldExcel");
        } else {
            all = CsvRows.read(text(bytes));
        }
        if (all.isEmpty()) {
            throw new RuleViolation("import.file.empty");
        }
        List<String> headers = all.getFirst().cells().stream().map(h -> h == null ? "" : h.strip()).toList();
        List<Row> rows = all.subList(1, all.size()).stream().filter(r -> !r.isBlank()).toList();
        return new Sheet(headers, rows);
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * CSV must be text with no NUL bytes: UTF-8 (Excel's "CSV UTF-8"), with or without a byte-order mark, or else
     * Windows-1252, what Excel's plain "CSV (Comma delimited)" writes on a UK Windows PC: refusing it left "Zoë" and
     * "Siân" unimportable from the most common export there is. Text valid as UTF-8 is always read as UTF-8.
     */
    private static String text(byte[] bytes) {
        String s;
        try {
            s = decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                s = decode(bytes, java.nio.charset.Charset.forName("windows-1252"));
            } catch (CharacterCodingException e) {
                throw new RuleViolation("import.file.notSpreadsheet");
            }
        }
        if (s.indexOf('\0') >= 0) {
            throw new RuleViolation("import.file.notSpreadsheet");
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String decode(byte[] bytes, java.nio.charset.Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
