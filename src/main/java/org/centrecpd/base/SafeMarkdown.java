package org.centrecpd.base;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * The one Markdown renderer of the application. Markdown written by course authors (and later by
 * learners) is content, not code: the HTML it produces is cleaned against an allow-list, so scripts,
 * event handlers, {@code javascript:} URLs, iframes and styles never reach a browser, whatever the
 * file contains. Images come only from the app's own files: one from elsewhere is shown as its alternative text.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    /** Only used to let jsoup check relative links; never appears in the output. */
    private static final String CHECK_BASE = "https://centrecpd.invalid/";
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

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
        Document doc = Jsoup.parseBodyFragment(clean);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img")) {
            if (!ownAddress(img.attr("src"))) {
                img.replaceWith(new TextNode(img.attr("alt")));
            }
        }
        if (linkBase != null && !linkBase.isEmpty()) {
            for (Element a : doc.select("a[href]")) {
                a.attr("href", rebase(a.attr("href"), linkBase));
            }
            for (Element img : doc.select("img[src]")) {
                img.attr("src", rebase(img.attr("src"), linkBase));
            }
        }
        return doc.body().html();
    }

    /**
     * Whether an image address points into the app itself (a relative or root-relative path). An image is
     * fetched by the reader's browser without a click, so one from another server would tell that server
     * who read the entry and when (a tracking pixel in a journal entry shared with a manager). Anything with
     * a scheme, a host ({@code //host}, or {@code /\host}, which browsers read the same way) or characters a
     * browser strips before deciding is left out, and the image is shown as its alternative text.
     */
    static boolean ownAddress(String src) {
        if (src == null || src.isEmpty() || src.startsWith("//") || SCHEME.matcher(src).find()) {
            return false;
        }
        return src.chars().noneMatch(c -> c == '\\' || c <= ' ' || c == 0x7F);
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
