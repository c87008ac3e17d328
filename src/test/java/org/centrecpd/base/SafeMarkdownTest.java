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

    @Test
    void imagesFromOtherServersAreNeverFetchedButTheirAltTextStays() {
        String html = SafeMarkdown.toSafeHtml("""
            Before ![A tracking pixel](https://tracker.example/p.gif?reader=manager) after.

            ![Protocol-relative](//tracker.example/p.gif) ![Backslash](/\\tracker.example/p.gif) ![](http://tracker.example/q.gif)

            <img src="https://tracker.example/r.gif" alt="Raw HTML"> <img src="/	/tracker.example/s.gif" alt="Tab">

            [A link is fine](https://example.org)
            """, "");

        assertThat(html).doesNotContain("tracker.example").doesNotContain("<img")
            .contains("Before A tracking pixel after.", "Protocol-relative", "Backslash", "Raw HTML", "Tab")
            .contains("<a href=\"https://example.org\">A link is fine</a>");
    }

    @Test
    void imagesFromTheAppsOwnFilesStay() {
        assertThat(SafeMarkdown.toSafeHtml("![A map](images/map.png)", "course-files/future-leaders/"))
            .contains("<img src=\"course-files/future-leaders/images/map.png\" alt=\"A map\">");
        assertThat(SafeMarkdown.toSafeHtml("![Logo](/icons/icon.png)", "")).contains("<img src=\"/icons/icon.png\" alt=\"Logo\">");
    }
}
