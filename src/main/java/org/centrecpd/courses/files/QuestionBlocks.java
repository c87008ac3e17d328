package org.centrecpd.courses.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.centrecpd.base.SafeMarkdown;
import org.centrecpd.courses.RatingScale;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * What a fenced block of a unit file holds: a reflective question ({@code reflect}), a knowledge check ({@code check}),
 * a self-assessment ({@code self-assessment}) or, in a workshop, facilitator material ({@code facilitator}). Every
 * problem is reported with the block's line; a block with a problem gives nothing. {@link UnitFileParser} finds the
 * blocks.
 */
final class QuestionBlocks {

    static final String RATING = "self-assessment";
    private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final Set<String> CHECK_FIELDS = Set.of("question", "answers");
    private static final Set<String> ANSWER_FIELDS = Set.of("text", "correct", "why");
    private static final Set<String> RATING_FIELDS = Set.of("prompt", "scale", "compare");
    /** An earlier self-assessment of the same course: its unit file, '#', its id. */
    private static final Pattern COMPARE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.md#[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** A row of a session plan's table that starts with a time: "| 09:30 |", "| 0:15 |", "| 10.45–11.00 |". */
    private static final Pattern PLAN_TIME = Pattern.compile("^\\s*\\|\\s*\\d{1,2}[:.]\\d{2}.*\\|.*$");

    private final String file;
    private final String linkBase;
    private final boolean workshop;
    private final List<ImportProblem> problems;

    QuestionBlocks(String file, String linkBase, boolean workshop, List<ImportProblem> problems) {
        this.file = file;
        this.linkBase = linkBase;
        this.workshop = workshop;
        this.problems = problems;
    }

    Optional<PartSource> block(String type, String info, String inner, int openLine, Map<String, Integer> ids) {
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
    Optional<PartSource> facilitator(String info, String markdown, int openLine) {
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
