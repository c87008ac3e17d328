package org.centrecpd.base;

import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The one Markdown renderer of the application. Markdown written by course authors (and later by
 * learners) is content, not code: the HTML it produces is cleaned against an allow-list, so scripts,
 * event handlers, {@code javascript:} URLs, iframes and styles never reach a browser, whatever the
 * file contains.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    /** Only used to let jsoup check relative links; never appears in the output. */
    private static final String CHECK_BASE = "https://centrecpd.invalid/";

    private SafeMarkdown() {
    }

    /**
     * Renders Markdown to sanitised HTML.
     *
     * @param linkBase prefix for relative links and images (e.g. {@code course-files/future-leaders/}),
     *                 so that {@code images/map.png} points at the file beside the Markdown; empty for none
     */
    public static String toSafeHtml(String markdown, String linkBase) {
        String raw = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        String clean = Jsoup.clean(raw, CHECK_BASE, safelist());
        if (linkBase == null || linkBase.isEmpty()) {
            return clean;
        }
        Document doc = Jsoup.parseBodyFragment(clean);
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href]")) {
            a.attr("href", rebase(a.attr("href"), linkBase));
        }
        for (Element img : doc.select("img[src]")) {
            img.attr("src", rebase(img.attr("src"), linkBase));
        }
        return doc.body().html();
    }

    private static Safelist safelist() {
        return Safelist.relaxed().preserveRelativeLinks(true);
    }

    private static String rebase(String url, String linkBase) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean relative = !lower.isEmpty() && !lower.startsWith("#") && !lower.startsWith("/")
            && !lower.matches("^[a-z][a-z0-9+.-]*:.*");
        return relative ? linkBase + url : url;
    }
}
