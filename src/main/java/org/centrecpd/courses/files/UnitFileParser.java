package org.centrecpd.courses.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.base.SafeMarkdown;

/**
 * Reads one unit file: front matter, then Markdown in which {@code reflect}, {@code check} and
 * {@code self-assessment} fenced blocks become questions ({@link QuestionBlocks} reads each block). The Markdown between the
 * blocks is rendered (and sanitised) here, once, at import; the player only shows stored HTML.
 */
final class UnitFileParser {

    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*(.*)$");
    private static final Set<String> FRONT_MATTER = Set.of("title", "order", "minutes", "week", "requiresAttendance");
    /** The heading of the list of sources every unit ends with ("## Sources and further reading"). */
    private static final Pattern SOURCES_HEADING = Pattern.compile("^## Sources.*$");

    /** A unit as parsed, with the line of its {@code order} for reporting a clash with another unit. */
    record Parsed(UnitSource unit, int orderLine) {
    }

    private final String file;
    private final String linkBase;
    private final boolean programme;
    private final boolean workshop;
    private final List<ImportProblem> problems;
    private final QuestionBlocks questions;

    UnitFileParser(String file, String linkBase, boolean programme, List<ImportProblem> problems) {
        this(file, linkBase, programme, false, problems);
    }

    /** {@code workshop}: the course is delivered live, so its units may carry facilitator material. */
    UnitFileParser(String file, String linkBase, boolean programme, boolean workshop, List<ImportProblem> problems) {
        this.file = file;
        this.linkBase = linkBase;
        this.programme = programme;
        this.workshop = workshop;
        this.problems = problems;
        this.questions = new QuestionBlocks(file, linkBase, workshop, problems);
    }

    /** Returns the unit, or empty when the file has a problem (all of them are reported). */
    Optional<Parsed> parse(String fileName, String content, String fingerprint) {
        int before = problems.size();
        List<String> lines = content.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            problems.add(new ImportProblem(file, 1, "a unit must start with front matter: a line '---', "
                + "the fields title, order and minutes, and another line '---'"));
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(new ImportProblem(file, 1, "the front matter opened on line 1 is never closed: add a line '---' after its fields"));
            return Optional.empty();
        }
        String frontMatter = String.join("\n", lines.subList(1, close));
        Optional<YamlFields> fields = YamlFields.parse(frontMatter, file, 2, 1, "the front matter", problems);
        String title = null;
        Integer order = null;
        Integer minutes = null;
        Integer week = null;
        boolean requiresAttendance = false;
        int orderLine = 1;
        if (fields.isPresent()) {
            YamlFields f = fields.get();
            f.allowOnly(FRONT_MATTER);
            title = f.text("title", true).orElse(null);
            order = f.positiveInteger("order", true).orElse(null);
            orderLine = f.lineOf("order");
            minutes = f.positiveInteger("minutes", true).orElse(null);
            week = f.positiveInteger("week", programme).orElse(null);
            requiresAttendance = f.flag("requiresAttendance").orElse(false);
            if (requiresAttendance && !workshop) {
                f.problem(f.lineOf("requiresAttendance"), "only a workshop's units can wait for attendance at one of its"
                    + " sessions; remove 'requiresAttendance' or make the course's kind 'workshop'");
            }
        }
        Body body = body(lines, close + 1);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(new UnitSource(fileName, order, title, minutes, week, fingerprint, body.parts(),
            body.studyWords(), requiresAttendance), orderLine));
    }

    /** The Markdown after the front matter: its parts, and the words a learner studies (see {@link TimeEstimate}). */
    private record Body(List<PartSource> parts, int studyWords) {
    }

    /** Splits the Markdown after the front matter into text and questions; {@code start} is a 0-based line index. */
    private Body body(List<String> lines, int start) {
        List<PartSource> parts = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        StringBuilder text = new StringBuilder();
        List<String> prose = new ArrayList<>();
        int i = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher open = FENCE_OPEN.matcher(line);
            if (!open.matches()) {
                text.append(line).append('\n');
                prose.add(line);
                i++;
                continue;
            }
            String fence = open.group(1);
            String info = open.group(2).strip();
            int closeAt = closingFence(lines, i + 1, fence);
            int openLine = i + 1;
            String type = info.isEmpty() ? "" : info.split("\\s+")[0];
            if (closeAt < 0) {
                problems.add(new ImportProblem(file, openLine, "the " + (type.isEmpty() ? "fenced" : "'" + type + "'")
                    + " block opened here is never closed: add a line " + fence + " after it"));
                return new Body(parts, 0);
            }
            if (type.equals("facilitator")) {
                flush(text, parts);
                questions.facilitator(info, String.join("\n", lines.subList(i + 1, closeAt)), openLine).ifPresent(parts::add);
            } else if (type.equals("reflect") || type.equals("check") || type.equals(QuestionBlocks.RATING)) {
                flush(text, parts);
                String inner = String.join("\n", lines.subList(i + 1, closeAt));
                questions.block(type, info, inner, openLine, ids).ifPresent(parts::add);
            } else {
                for (int j = i; j <= closeAt; j++) {
                    text.append(lines.get(j)).append('\n');
                }
            }
            i = closeAt + 1;
        }
        flush(text, parts);
        return new Body(parts, studyWords(prose));
    }

    /** The words of the prose (text outside fenced blocks) before the last {@code ## Sources} heading. */
    private static int studyWords(List<String> prose) {
        int end = prose.size();
        for (int j = prose.size() - 1; j >= 0; j--) {
            if (SOURCES_HEADING.matcher(prose.get(j)).matches()) {
                end = j;
                break;
            }
        }
        return Words.count(String.join("\n", prose.subList(0, end)));
    }

    private static int closingFence(List<String> lines, int from, String fence) {
        Pattern close = Pattern.compile("^ {0,3}" + Pattern.quote(fence.substring(0, 1)) + "{" + fence.length() + ",}\\s*$");
        for (int j = from; j < lines.size(); j++) {
            if (close.matcher(lines.get(j)).matches()) {
                return j;
            }
        }
        return -1;
    }

    private void flush(StringBuilder text, List<PartSource> parts) {
        if (!text.toString().isBlank()) {
            parts.add(new PartSource.Text(SafeMarkdown.toSafeHtml(text.toString(), linkBase)));
        }
        text.setLength(0);
    }
}
