package org.centrecpd.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Course Markdown is content: nothing in it can run in a learner's browser. */
class SafeMarkdownTest {

    @Test
    void scriptsHandlersJavascriptLinksAndIframesAreRemoved() {
        String html = SafeMarkdown.toSafeHtml("""
            Hello <script>alert('owned')</script> there.

            <img src="x.png" onerror="alert(1)" alt="x"> [bad](javascript:alert(1)) [also bad](JaVaScRiPt:alert(1))

            <a href="https://example.org" onclick="alert(1)">ok</a> <iframe src="https://example.com"></iframe>
            <div style="background:url(javascript:alert(1))">styled</div>
            """, "");

        assertThat(html).doesNotContainIgnoringCase("script")
            .doesNotContain("onerror").doesNotContain("onclick").doesNotContain("iframe").doesNotContain("style=")
            .doesNotContain("alert('owned')")
            .contains("<a href=\"https://example.org\">ok</a>");
    }

    @Test
    void markdownStillRendersTablesListsAndHeadings() {
        String html = SafeMarkdown.toSafeHtml("""
            ## Heading

            - one
            - **two**

            | a | b |
            | --- | --- |
            | 1 | 2 |
            """, "");

        assertThat(html).contains("<h2>Heading</h2>", "<li><strong>two</strong></li>", "<table>", "<td>1</td>");
    }

    @Test
    void relativeLinksPointAtTheCourseFiles() {
        String html = SafeMarkdown.toSafeHtml("![A map](images/map.png) [Plan](resources/plan.docx) [Web](https://example.org) [Top](#top)",
            "course-files/future-leaders/");

        assertThat(html).contains("src=\"course-files/future-leaders/images/map.png\"",
            "href=\"course-files/future-leaders/resources/plan.docx\"", "href=\"https://example.org\"", "href=\"#top\"");
    }
}
