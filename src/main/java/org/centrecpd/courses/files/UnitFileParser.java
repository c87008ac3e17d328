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
import org.centrecpd.courses.RatingScale;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads one unit file: front matter, then Markdown in which {@code reflect}, {@code check} and
 * {@code self-assessment} fenced blocks become questions. The Markdown between the blocks is rendered (and sanitised) here, once,
 * at import; the player only shows stored HTML.
 */
final class UnitFileParser {

    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*(.*)$");
    private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final Set<String> FRONT_MATTER = Set.of("title", "order", "minutes", "week", "requiresAttendance");
    private static final Set<String> CHECK_FIELDS = Set.of("question", "answers");
    private static final Set<String> ANSWER_FIELDS = Set.of("text", "correct", "why");
    private static final Set<String> RATING_FIELDS = Set.of("prompt", "scale", "compare");
    static final String RATING = "self-assessment";
    /** An earlier self-assessment of the same course: its unit file, '#', its id. */
    private static final Pattern COMPARE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.md#[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** A row of a session plan's table that starts with a time: "| 09:30 |", "| 0:15 |", "| 10.45–11.00 |". */
    private static final Pattern PLAN_TIME = Pattern.compile("^\\s*\\|\\s*\\d{1,2}[:.]\\d{2}.*\\|.*$");
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
                facilitator(info, String.join("\n", lines.subList(i + 1, closeAt)), openLine).ifPresent(parts::add);
            } else if (type.equals("reflect") || type.equals("check") || type.equals(RATING)) {
                flush(text, parts);
                String inner = String.join("\n", lines.subList(i + 1, closeAt));
                block(type, info, inner, openLine, ids).ifPresent(parts::add);
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

    private Optional<PartSource> block(String type, String info, String inner, int openLine, Map<String, Integer> ids) {
        String id = null;
        boolean optional = false;
        boolean aboutFamily = false;
        boolean ok = true;
        String[] words = info.split("\\s+");
        for (int w = 1; w < words.length; w++) {
            String word = words[w];
            if (word.startsWith("id=")) {
                id = word.substring(3);
            } else if (word.equals("optional") && type.equals("reflect")) {
                optional = true;
            } else if (word.equals("about-family") && type.equals("reflect")) {
                aboutFamily = true;
            } else {
                problems.add(new ImportProblem(file, openLine, "unknown word '" + word + "' after '" + type
                    + "' (expected id=…" + (type.equals("reflect") ? " and optionally 'optional' and 'about-family'" : "") + ")"));
                ok = false;
            }
        }
        if (id == null || !QUESTION_ID.matcher(id).matches()) {
            problems.add(new ImportProblem(file, openLine, "the '" + type + "' block needs an id made of letters, digits "
                + "and hyphens, e.g. ```" + type + " id=my-question"));
            return Optional.empty();
        }
        Integer earlier = ids.putIfAbsent(id, openLine);
        if (earlier != null) {
            problems.add(new ImportProblem(file, openLine, "the question id '" + id + "' is already used on line " + earlier
                + "; ids must be unique within a unit"));
            ok = false;
        }
        if (type.equals("reflect")) {
            String prompt = inner.strip();
            if (prompt.isEmpty()) {
                problems.add(new ImportProblem(file, openLine, "the reflective question '" + id + "' has no text"));
                return Optional.empty();
            }
            return ok ? Optional.of(new PartSource.Reflect(id, prompt, optional, aboutFamily)) : Optional.empty();
        }
        if (type.equals(RATING)) {
            Optional<PartSource.Rating> rating = rating(id, inner, openLine);
            return ok ? rating.map(PartSource.class::cast) : Optional.empty();
        }
        Optional<PartSource.Check> check = check(id, inner, openLine);
        return ok ? check.map(PartSource.class::cast) : Optional.empty();
    }

    private Optional<PartSource.Rating> rating(String id, String yaml, int openLine) {
        int before = problems.size();
        Optional<YamlFields> parsed = YamlFields.parse(yaml, file, openLine + 1, openLine,
            "the self-assessment '" + id + "'", problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields f = parsed.get();
        f.allowOnly(RATING_FIELDS);
        String prompt = f.text("prompt", true).orElse(null);
        RatingScale scale = f.text("scale", true).flatMap(name -> {
            Optional<RatingScale> known = RatingScale.byId(name);
            if (known.isEmpty()) {
                f.problem(f.lineOf("scale"), "unknown scale '" + name + "' in the self-assessment '" + id
                    + "' (expected one of: " + RatingScale.ids() + ")");
            }
            return known;
        }).orElse(null);
        String compare = f.text("compare", false).orElse(null);
        int compareLine = f.has("compare") ? f.lineOf("compare") : openLine;
        if (compare != null && !COMPARE.matcher(compare).matches()) {
            f.problem(compareLine, "'compare' must name an earlier self-assessment as unit-file.md#id, e.g. "
                + "01-leading-a-centre.md#qualities-week-1, not '" + compare + "'");
        }
        if (problems.size() > before || prompt == null || scale == null) {
            return Optional.empty();
        }
        return Optional.of(new PartSource.Rating(id, prompt, scale, compare, compareLine));
    }

    /**
     * A facilitator block: {@code facilitator notes|plan|activity|handout}, then Markdown. Only a
     * workshop has facilitators; a session plan must give its timings in a table.
     */
    private Optional<PartSource> facilitator(String info, String markdown, int openLine) {
        String[] words = info.split("\\s+");
        if (!workshop) {
            problems.add(new ImportProblem(file, openLine, "facilitator material belongs to courses of kind 'workshop', "
                + "which are delivered live; this course is not one"));
            return Optional.empty();
        }
        if (words.length != 2 || !PartSource.FACILITATOR_MATERIALS.contains(words[1])) {
            problems.add(new ImportProblem(file, openLine, "a facilitator block says what it holds: ```facilitator notes, "
                + "```facilitator plan, ```facilitator activity or ```facilitator handout"));
            return Optional.empty();
        }
        String material = words[1];
        if (markdown.isBlank()) {
            problems.add(new ImportProblem(file, openLine, "the facilitator " + material + " block is empty"));
            return Optional.empty();
        }
        if (material.equals("plan") && markdown.lines().noneMatch(l -> PLAN_TIME.matcher(l).matches())) {
            problems.add(new ImportProblem(file, openLine, "a session plan needs its timings: a table whose rows start "
                + "with a time, e.g. | 09:30 | Welcome and hopes for the morning | 15 min |"));
            return Optional.empty();
        }
        return Optional.of(new PartSource.Facilitator(material, SafeMarkdown.toSafeHtml(markdown, linkBase)));
    }

    private Optional<PartSource.Check> check(String id, String yaml, int openLine) {
        int before = problems.size();
        Optional<YamlFields> parsed = YamlFields.parse(yaml, file, openLine + 1, openLine,
            "the knowledge check '" + id + "'", problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields f = parsed.get();
        f.allowOnly(CHECK_FIELDS);
        String question = f.text("question", true).orElse(null);
        List<PartSource.Answer> answers = new ArrayList<>();
        List<MappingNode> items = f.mappings("answers", true).orElse(List.of());
        if (f.has("answers") && items.size() < 2) {
            f.problem(f.lineOf("answers"), "the knowledge check '" + id + "' needs two or more answers");
        }
        int correct = 0;
        int n = 0;
        for (MappingNode item : items) {
            n++;
            YamlFields a = f.nested(item);
            a.allowOnly(ANSWER_FIELDS);
            Optional<String> text = a.text("text", true);
            Optional<String> why = a.has("why") ? a.text("why", true) : Optional.empty();
            if (!a.has("why")) {
                a.problem(item, "answer " + n + text.map(t -> " ('" + t + "')").orElse("")
                    + " has no 'why': every answer needs the feedback shown when it is chosen");
            }
            boolean isCorrect = a.flag("correct").orElse(false);
            if (isCorrect) {
                correct++;
            }
            if (text.isPresent() && why.isPresent()) {
                answers.add(new PartSource.Answer(text.get(), isCorrect, why.get(), a.lineOf("why")));
            }
        }
        if (items.size() >= 2 && correct != 1) {
            f.problem(openLine, "the knowledge check '" + id + "' must have exactly one answer with 'correct: true'; it has "
                + correct);
        }
        if (problems.size() > before || question == null) {
            return Optional.empty();
        }
        return Optional.of(new PartSource.Check(id, question, List.copyOf(answers)));
    }
}
