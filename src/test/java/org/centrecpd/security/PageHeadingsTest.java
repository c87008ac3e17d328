package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.security.AuthorisationMatrixTest.RouteMatrix;
import org.centrecpd.security.MatrixWorld.Who;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.ViewTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One h1 per page and headings in order (issue 33 §7, WCAG 1.3.1 and 2.4.6), on every route in Vaadin's route
 * registry, opened by every kind of person who may open it (the {@link RouteMatrix} says who, with a real record
 * of the right kind): the page has exactly one h1, it is the first heading, and no heading skips a level below the
 * one before it. Headings are read from the page's element tree as the server sends it (hidden parts left out),
 * HTML fragments included, so a heading drawn in a renderer's Markdown counts too.
 */
@CentreTest
class PageHeadingsTest extends ViewTest {

    private static final Pattern HEADING_IN_HTML = Pattern.compile("<h([1-6])[\\s>]", Pattern.CASE_INSENSITIVE);

    @Autowired
    ApplicationContext spring;

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyPageHasOneH1AndHeadingsThatNeverSkipALevel(Who who) throws Exception {
        MatrixWorld world = MatrixWorld.of(spring);
        if (who == Who.VISITOR) {
            SecurityContextHolder.clearContext();
        } else {
            Fixture.signIn(world.logins.get(who));
        }
        Map<String, String> wrong = new TreeMap<>();
        int pages = 0;
        for (var line : RouteMatrix.LINES.entrySet()) {
            if (line.getValue().answer(who) != AuthorisationMatrixTest.Answer.PAGE) {
                continue;
            }
            String template = line.getKey();
            String path = line.getValue().path().apply(world);
            UI.getCurrent().navigate(path);
            pages++;
            List<Integer> levels = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            headings(UI.getCurrent().getElement(), levels, texts);
            String problem = problem(levels);
            if (problem == null) {
                String h1 = texts.get(levels.indexOf(1));
                if (!h1.isBlank() && java.util.stream.IntStream.range(0, levels.size()).anyMatch(i -> levels.get(i) > 1 && texts.get(i).equals(h1))) {
                    problem = "a heading repeating the h1 \"" + h1 + "\"";
                }
            }
            if (problem != null) {
                wrong.put(template, "/" + path + ": " + problem + " in " + levels);
            }
        }
        assertThat(pages).as("pages " + who + " may open").isPositive();
        Map<String, String> stillWrong = new TreeMap<>(wrong);
        stillWrong.keySet().retainAll(ELSEWHERE.keySet());
        assertThat(stillWrong.keySet()).as("fixed: take them out of ELSEWHERE").containsAll(
            ELSEWHERE.keySet().stream().filter(t -> RouteMatrix.LINES.get(t).answer(who) == AuthorisationMatrixTest.Answer.PAGE).toList());
        wrong.keySet().removeAll(ELSEWHERE.keySet());
        assertThat(wrong).as(who + ": pages whose headings are not one h1 followed by levels in order").isEmpty();
    }

    /**
     * Routes whose headings are still wrong but whose packages other sessions edit now (issue 33's leftovers, reported):
     * each must still fail here, so that its line goes when the page is fixed.
     */
    private static final Map<String, String> ELSEWHERE = Map.of();

    private static String problem(List<Integer> levels) {
        long h1s = levels.stream().filter(l -> l == 1).count();
        if (h1s != 1) {
            return h1s + " h1s";
        }
        if (levels.getFirst() != 1) {
            return "h" + levels.getFirst() + " before the h1";
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i) > levels.get(i - 1) + 1) {
                return "h" + levels.get(i - 1) + " followed by h" + levels.get(i);
            }
        }
        return null;
    }

    /** In document order; a hidden element hides what it holds. */
    private static void headings(Element element, List<Integer> levels, List<String> texts) {
        if (element.isTextNode() || !element.isVisible() || element.hasAttribute("hidden")) {
            return;
        }
        String tag = element.getTag();
        if (tag != null && tag.matches("h[1-6]")) {
            levels.add(tag.charAt(1) - '0');
            texts.add(element.getTextRecursively().strip());
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            Matcher m = HEADING_IN_HTML.matcher(html);
            while (m.find()) {
                levels.add(Integer.parseInt(m.group(1)));
                texts.add("");
            }
        }
        // A disclosure's summary is drawn above its content wherever it stands among the children (a named slot).
        element.getChildren().filter(child -> "summary".equals(child.getAttribute("slot"))).forEach(child -> headings(child, levels, texts));
        element.getChildren().filter(child -> !"summary".equals(child.getAttribute("slot"))).forEach(child -> headings(child, levels, texts));
        // The router's content hangs below the UI as a virtual child (as do dialogs' and renderers' parts).
        var virtual = element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class);
        virtual.ifPresent(list -> list.iterator().forEachRemaining(node -> headings(Element.get(node), levels, texts)));
    }
}
