package org.centrecpd.courses.files;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read as a node tree rather than as plain maps, so that every problem can name the
 * line it is on. Problems go into the list given; the methods return empty when a value is missing
 * or wrong.
 */
final class YamlFields {

    private final String file;
    private final int lineOffset;
    private final int missingLine;
    private final List<ImportProblem> problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlFields(MappingNode node, String file, int lineOffset, int missingLine, List<ImportProblem> problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.missingLine = missingLine;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), "a field name must be a plain word");
            } else if (fields.putIfAbsent(key.getValue(), tuple) != null) {
                problem(key, "the field '" + key.getValue() + "' appears twice");
            }
        }
    }

    /**
     * Parses YAML text that must be a mapping of fields.
     *
     * @param lineOffset the file line of the text's first line
     * @param missingLine the line to report a missing field on
     */
    static Optional<YamlFields> parse(String yaml, String file, int lineOffset, int missingLine, String what,
                                      List<ImportProblem> problems) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            // The context (e.g. where an unclosed quote started) is where the author has to look.
            var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            int line = mark != null ? mark.getLine() + lineOffset : missingLine;
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            problems.add(new ImportProblem(file, line, what + " is not valid YAML: " + context + e.getProblem()));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(new ImportProblem(file, missingLine, what + " is not valid YAML: " + e.getMessage()));
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new ImportProblem(file, missingLine, what + " must be a list of fields written as 'name: value'"));
            return Optional.empty();
        }
        return Optional.of(new YamlFields(mapping, file, lineOffset, missingLine, problems));
    }

    /** The fields of a nested mapping (e.g. one answer of a knowledge check). */
    YamlFields nested(MappingNode node) {
        return new YamlFields(node, file, lineOffset, line(node), problems);
    }

    int line(Node node) {
        return node.getStartMark().getLine() + lineOffset;
    }

    /** The line of a field's name, or the line for missing fields when it is absent. */
    int lineOf(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? missingLine : line(tuple.getKeyNode());
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    void problem(Node node, String message) {
        problems.add(new ImportProblem(file, line(node), message));
    }

    void problem(int line, String message) {
        problems.add(new ImportProblem(file, line, message));
    }

    void allowOnly(Set<String> known) {
        fields.forEach((name, tuple) -> {
            if (!known.contains(name)) {
                problem(tuple.getKeyNode(), "unknown field '" + name + "' (expected one of: "
                    + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        });
    }

    private Optional<Node> value(String key, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            if (required) {
                problem(missingLine, "missing field '" + key + "'");
            }
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    private Optional<ScalarNode> scalar(String key, boolean required) {
        return value(key, required).flatMap(node -> {
            if (node instanceof ScalarNode s) {
                return Optional.of(s);
            }
            problem(node, "'" + key + "' must be a single value, not a list or fields");
            return Optional.empty();
        });
    }

    Optional<String> text(String key, boolean required) {
        return scalar(key, required).flatMap(s -> {
            String v = s.getValue().strip();
            if (v.isEmpty()) {
                if (required) {
                    problem(s, "'" + key + "' is empty");
                }
                return Optional.empty();
            }
            return Optional.of(v);
        });
    }

    Optional<Integer> positiveInteger(String key, boolean required) {
        return scalar(key, required).flatMap(s -> {
            try {
                int v = Integer.parseInt(s.getValue().strip());
                if (v >= 1) {
                    return Optional.of(v);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(s, "'" + key + "' must be a whole number of 1 or more, not '" + s.getValue() + "'");
            return Optional.empty();
        });
    }

    Optional<BigDecimal> positiveDecimal(String key, boolean required, int maxScale, BigDecimal max) {
        return scalar(key, required).flatMap(s -> {
            try {
                BigDecimal v = new BigDecimal(s.getValue().strip());
                if (v.signum() > 0 && v.stripTrailingZeros().scale() <= maxScale && v.compareTo(max) <= 0) {
                    return Optional.of(v.stripTrailingZeros());
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(s, "'" + key + "' must be a number above 0 and at most " + max.toPlainString()
                + " with at most " + maxScale + " decimal places, not '" + s.getValue() + "'");
            return Optional.empty();
        });
    }

    /** A yes/no field; absent means false. */
    Optional<Boolean> flag(String key) {
        Optional<ScalarNode> node = scalar(key, false);
        if (node.isEmpty()) {
            return has(key) ? Optional.empty() : Optional.of(false);
        }
        String v = node.get().getValue().strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Optional.of(v.equals("true"));
        }
        problem(node.get(), "'" + key + "' must be true or false, not '" + node.get().getValue() + "'");
        return Optional.empty();
    }

    /** A list of single values (e.g. ids or file names). */
    Optional<List<ScalarNode>> values(String key, boolean required) {
        return value(key, required).flatMap(node -> {
            if (!(node instanceof SequenceNode seq)) {
                problem(node, "'" + key + "' must be a list, one '- item' a line");
                return Optional.empty();
            }
            List<ScalarNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    items.add(s);
                } else {
                    problem(item, "each item of '" + key + "' must be a single value");
                }
            }
            if (items.isEmpty() && required) {
                problem(node, "'" + key + "' must list at least one item");
            }
            return Optional.of(items);
        });
    }

    /** A list of mappings (e.g. the answers of a knowledge check). */
    Optional<List<MappingNode>> mappings(String key, boolean required) {
        return value(key, required).flatMap(node -> {
            if (!(node instanceof SequenceNode seq)) {
                problem(node, "'" + key + "' must be a list, one '- ' entry per item");
                return Optional.empty();
            }
            List<MappingNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode m) {
                    items.add(m);
                } else {
                    problem(item, "each item of '" + key + "' must have fields such as 'text:' and 'why:'");
                }
            }
            return Optional.of(items);
        });
    }
}
