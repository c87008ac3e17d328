package org.centrecpd.casestudies.demo;

import org.centrecpd.base.PeriodFunctions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.centrecpd.casestudies.ChildrenAge;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyReview;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.casestudies.service.DemoCaseStudyDates;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.service.CentreService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo case studies (demo profile): fourteen pieces of practice across both demo authorities,
 * written by the demo improvement partner through the same service as a real one (so the same
 * rules apply), each with a document generated here (PDF with PDFBox, Word with POI) whose text
 * holds phrases found nowhere else, e.g. "rainmaker shakers" or "mud kitchen". Three retell, in
 * our own words, published good-practice examples, and say so. Everything else is invented.
 */
@Component
@Profile("demo")
@Order(40)
@ConditionalOnProperty(name = "centrecpd.demo.case-studies", havingValue = "true", matchIfMissing = true)
class DemoCaseStudies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseStudies.class);

    private final CaseStudyService caseStudies;
    private final CaseStudyReview review;
    private final CentreService centres;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;
    private final DemoCaseStudyDates dates;

    DemoCaseStudies(CaseStudyService caseStudies, CaseStudyReview review, CentreService centres, UserDetailsService users,
                    JdbcTemplate jdbc, java.time.Clock clock, DemoCaseStudyDates dates) {
        this.dates = dates;
        this.caseStudies = caseStudies;
        this.review = review;
        this.centres = centres;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Example(String title, int year, String summary, String outcomes, String where,
                           Set<CorePurposeArea> areas, Set<LeadershipQuality> qualities, Set<ChildrenAge> ages,
                           String basedOn, boolean pdf, boolean toEveryone, List<String> document) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        // Seeded once: the first example's title marks a database that already has them.
        if (jdbc.queryForObject("select count(*) from case_study where title = ?", Long.class, examples().get(2).title()) > 0) {
            return;
        }
        var partner = users.loadUserByUsername(DemoLogins.PARTNER);
        SecurityContextHolder.getContext().setAuthentication(
            new UsernamePasswordAuthenticationToken(partner, null, partner.getAuthorities()));
        Path folder = Files.createTempDirectory("centrecpd-demo-documents");
        int published = 0;
        List<Long> publishedIds = new java.util.ArrayList<>();
        try {
            for (Example e : examples()) {
                Set<Long> ids = where(e.where());
                if (ids.isEmpty()) {
                    continue;
                }
                long id = caseStudies.create(new CaseStudyForm(e.title(), e.summary(), e.outcomes(), e.year(), ids, e.areas(),
                    e.qualities(), e.ages(), e.basedOn()));
                String file = slug(e.title()) + (e.pdf() ? ".pdf" : ".docx");
                Path document = e.pdf() ? pdf(folder.resolve(file), e.title(), e.document()) : docx(folder.resolve(file), e.title(), e.document());
                caseStudies.attach(id, file, document);
                review.approve(id);
                review.publish(id, e.toEveryone());
                publishedIds.add(id);
                published++;
            }
            // One draft still in review, to show the workflow (seen by its author and the partner only).
            long draft = caseStudies.create(new CaseStudyForm("Saturday dads' group in the community garden",
                "Monthly Saturday sessions for fathers and male carers with their children, run with a local allotment society.",
                null, 2026, where("Ashbrook"), Set.of(CorePurposeArea.ENGAGING_PARENTS),
                Set.of(LeadershipQuality.RESPONSIVE), Set.of(ChildrenAge.UNDER_TWO, ChildrenAge.TWO_YEAR_OLDS), null));
            review.comment(draft, "Could you add how many dads came back after the first session?");
            spreadOverTheYear(publishedIds, draft);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo case studies: {} published over the last year, 1 in review; their documents are being read in the background",
            published);
    }

    /**
     * Published over the last year rather than all today (issue 33 §1), from a fixed seed and relative to the clock:
     * the examples in their order, the last about a week ago and each earlier one about four weeks before the next,
     * give or take a few days; each written two to six weeks before it was published. The draft in review was written
     * three weeks ago. Through the service, after every example is written (see {@link DemoCaseStudyDates}).
     */
    private void spreadOverTheYear(List<Long> ids, long draft) {
        java.util.Random seed = new java.util.Random(33);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            long daysAgo = 7 + Math.round((n - 1 - i) * 345.0 / Math.max(1, n - 1)) + seed.nextInt(9) - 4;
            java.time.LocalDateTime published = today.minusDays(Math.max(3, Math.min(360, daysAgo))).atTime(9 + seed.nextInt(7), 0);
            java.time.LocalDateTime created = published.minusDays(14 + seed.nextInt(29)).withHour(10);
            dates.dated(ids.get(i), created, published);
        }
        dates.dated(draft, today.minusDays(21).atTime(14, 0), null);
    }

    /**
     * Centres named in the examples: a demo centre by its first word ("Ashbrook"), the n-th Eastmoor
     * centre by name ("eastmoor:3"), or the centres of the n-th Southdown group the demo partner
     * oversees ("group:1"). Resolved from the seeded organisation, so the examples follow it.
     */
    private Set<Long> where(String code) {
        String[] parts = code.split(":");
        java.sql.Date today = java.sql.Date.valueOf(java.time.LocalDate.now(clock));
        List<Long> ids = switch (parts[0]) {
            case "eastmoor" -> jdbc.queryForList("""
                select c.id from centre c join local_authority la on la.id = c.local_authority_id
                where la.name like 'Eastmoor%' order by c.name offset ? rows fetch next 1 rows only""", Long.class,
                Integer.parseInt(parts[1]));
            case "group" -> jdbc.queryForList("""
                select a.centre_id from oversight o
                join person p on p.id = o.person_id
                join centre_arrangement a on a.centre_group_id = o.centre_group_id
                     and """ + PeriodFunctions.inForceSql("a.valid_from", "a.valid_to", "?") + """
                where p.email = ? and o.centre_group_id = (
                    select o2.centre_group_id from oversight o2 join person p2 on p2.id = o2.person_id
                    where p2.email = ? and o2.centre_group_id is not null order by o2.centre_group_id
                    offset ? rows fetch next 1 rows only)""", Long.class,
                today, today, DemoLogins.PARTNER, DemoLogins.PARTNER, Integer.parseInt(parts[1]) - 1);
            default -> jdbc.queryForList("select id from centre where name = ?", Long.class, code + " Children's Centre");
        };
        return new java.util.LinkedHashSet<>(ids);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static Path pdf(Path file, String title, List<String> paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(bold, 16);
                text.newLineAtOffset(56, 780);
                text.showText(title);
                text.setFont(regular, 11);
                text.newLineAtOffset(0, -28);
                for (String paragraph : paragraphs) {
                    for (String line : wrap(paragraph, 90)) {
                        text.showText(line);
                        text.newLineAtOffset(0, -15);
                    }
                    text.newLineAtOffset(0, -8);
                }
                text.endText();
            }
            doc.getDocumentInformation().setTitle(title);
            doc.save(file.toFile());
        }
        return file;
    }

    static Path docx(Path file, String title, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            var heading = doc.createParagraph().createRun();
            heading.setBold(true);
            heading.setFontSize(16);
            heading.setText(title);
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<Example> examples() {
        return List.of(
            new Example("Music and movement sessions for under-fives and their parents", 2024,
                "Weekly music and movement sessions, led by a visiting early years musician with centre staff, drew in families "
                    + "the centre had struggled to reach. Parents joined in with songs, rhythm and movement alongside their children.",
                "Regular attendance from families new to the centre; several went on to join other groups.",
                "eastmoor:2", Set.of(CorePurposeArea.ENGAGING_PARENTS, CorePurposeArea.UNIVERSAL_SERVICES),
                Set.of(LeadershipQuality.RESPONSIVE), Set.of(ChildrenAge.UNDER_TWO, ChildrenAge.TWO_YEAR_OLDS, ChildrenAge.THREE_AND_FOUR),
                "Steps into Music, an early years music project described as good practice at Ann Tayler Children's Centre", true, true,
                List.of("Each session opened with the same hello song, so that children knew what to expect and parents could join in from the first week.",
                    "We made rainmaker shakers from recycled tubes with families in week two; they became the favourite instrument of the whole term.",
                    "The musician modelled simple ways to use rhythm at home: clapping names, tapping on pans, singing during nappy changes.",
                    "Staff noticed parents who rarely spoke in other groups chatting to each other during the instrument share.")),
            new Example("A language and communication programme across three centres", 2025,
                "A shared speech, language and communication programme, with a module on social and emotional development for children "
                    + "who had little experience of playing with other children before nursery.",
                "Fewer children starting nursery with language below the expected level; staff across the centres using one approach.",
                "group:1", Set.of(CorePurposeArea.IMPROVING_OUTCOMES, CorePurposeArea.SHARING_EXPERTISE),
                Set.of(LeadershipQuality.EVIDENCE, LeadershipQuality.INTEGRATED_WORKING), Set.of(ChildrenAge.TWO_YEAR_OLDS, ChildrenAge.THREE_AND_FOUR),
                "SEADlings, a language and development programme run across three children's centres (Holme Wood Children's Centre)", false, true,
                List.of("A language team worked with all three centres, so that a child moving between them met the same songs, signs and stories.",
                    "Families borrowed chatterbox bags: a picture book, two puppets and a card of conversation starters to use at home.",
                    "Practitioners checked each child's progress at the start and end of the term with the same short assessment.",
                    "The social and emotional module paired children for turn-taking games before they joined the larger nursery group.")),
            new Example("Forest School sessions for two-year-olds", 2025,
                "Outdoor sessions in the ethos of Forest School for funded two-year-olds, to build language, confidence, self-esteem and "
                    + "social skills through play in the woods behind the centre.",
                "Children more confident in new places and with new adults; parents more at ease with outdoor play.",
                "eastmoor:5", Set.of(CorePurposeArea.IMPROVING_OUTCOMES, CorePurposeArea.UNIVERSAL_SERVICES),
                Set.of(LeadershipQuality.VISION), Set.of(ChildrenAge.TWO_YEAR_OLDS),
                "the Forest School approach for two-year-olds described as good practice at Rising Stars Children's Centre", true, true,
                List.of("Every session happened outdoors, whatever the weather, with waterproofs lent to any family who needed them.",
                    "The mud kitchen was where most new words were heard: stirring, pouring, squelchy, too hot, more please.",
                    "A Forest School leader trained two centre practitioners, who now lead the sessions themselves.",
                    "Parents were invited for the last half hour, and many stayed on to share a snack around the log circle.")),
            new Example("Registering births at the children's centre", 2024,
                "The local registrar holds a weekly birth registration clinic in the centre, so that new parents meet the centre on "
                    + "their first visit and hear what it offers.",
                "Most new parents in the area now visit the centre in their baby's first six weeks.",
                "Ashbrook", Set.of(CorePurposeArea.ASSESSING_NEED, CorePurposeArea.PARTNERSHIP_WORKING),
                Set.of(LeadershipQuality.OPEN_COMMUNICATION), Set.of(ChildrenAge.UNDER_TWO), null, false, false,
                List.of("The registrar's room is next to the baby clinic, so parents can weigh the baby and register the birth in one trip.",
                    "A family support worker greets each family with a welcome pack and the timetable of baby groups.",
                    "We keep a simple tally of families who register here and later come back to a group.")),
            new Example("Breastfeeding peer supporters in the baby clinic", 2023,
                "Trained volunteer mothers support new mothers at the weekly baby clinic and in a drop-in café, alongside the health visiting team.",
                "More mothers still breastfeeding at eight weeks in the centre's area than the year before.",
                "Bramley", Set.of(CorePurposeArea.TARGETED_SUPPORT, CorePurposeArea.PARTNERSHIP_WORKING),
                Set.of(LeadershipQuality.EMPOWERING), Set.of(ChildrenAge.PREGNANCY, ChildrenAge.UNDER_TWO), null, true, false,
                List.of("Peer supporters completed a ten-week course with the infant feeding lead before their first clinic.",
                    "The latch-on café runs on Thursday mornings with cushions, slings to try and a supporter on every table.",
                    "Supporters pass any concern to the health visitor on duty the same morning.")),
            new Example("Stay and play in the town library", 2025,
                "A weekly stay-and-play session moved into the town library, where families who never come to the centre already go.",
                "A third of families at the library sessions were new to any children's centre service.",
                "eastmoor:8", Set.of(CorePurposeArea.UNIVERSAL_SERVICES, CorePurposeArea.COMMUNITY_HUB),
                Set.of(LeadershipQuality.RESPONSIVE), Set.of(ChildrenAge.UNDER_TWO, ChildrenAge.TWO_YEAR_OLDS), null, false, false,
                List.of("The librarian chooses a picture book each week and reads it at the end of the session.",
                    "Families leave with a library card for their child if they do not have one: the bookstart corner is always busy.",
                    "Outreach workers use the session to talk with parents about the centre's other groups.")),
            new Example("Outreach to Traveller families on the county site", 2024,
                "Outreach workers visit the Traveller site each fortnight with play resources, building trust before inviting families in.",
                "Families from the site now use the baby clinic and two children took up funded places for two-year-olds.",
                "eastmoor:11", Set.of(CorePurposeArea.TARGETED_SUPPORT, CorePurposeArea.ENGAGING_PARENTS),
                Set.of(LeadershipQuality.RESPONSIVE, LeadershipQuality.OPEN_COMMUNICATION), Set.of(ChildrenAge.UNDER_TWO, ChildrenAge.TWO_YEAR_OLDS),
                null, true, false,
                List.of("The same two outreach workers always visit, so that families see familiar faces.",
                    "A play van with a canopy means sessions happen on the site itself, next to the families' homes.",
                    "The health visitor joins one visit a month to offer developmental checks in a place families trust.")),
            new Example("A named social worker for the centre", 2025,
                "A social worker from the local team spends one morning a week at the centre, advising staff and joining early help meetings.",
                "Staff more confident about when to raise a concern; fewer referrals that needed no further action.",
                "Fenbrook", Set.of(CorePurposeArea.PARTNERSHIP_WORKING, CorePurposeArea.TARGETED_SUPPORT),
                Set.of(LeadershipQuality.INTEGRATED_WORKING), Set.of(), null, false, false,
                List.of("Consultation slots on Tuesday mornings let practitioners talk through a worry before deciding on a referral.",
                    "The social worker and the centre manager review the early help plans together every month.")),
            new Example("From volunteer to employment", 2023,
                "Parents who volunteer at the centre follow a pathway of training, references and support with applications.",
                "Eleven volunteers moved into paid work or further study within a year.",
                "group:2", Set.of(CorePurposeArea.COMMUNITY_HUB, CorePurposeArea.IMPROVING_OUTCOMES),
                Set.of(LeadershipQuality.EMPOWERING), Set.of(), null, true, true,
                List.of("Each volunteer agrees a small plan with a mentor: what they want to learn and by when.",
                    "The centre pays for first aid and food hygiene certificates, which local employers ask for.",
                    "A careers adviser from the job centre holds an afternoon drop-in once a month.")),
            new Example("Getting ready for Reception together", 2025,
                "Centre staff and Reception teachers meet families in the summer term, with visits to the school and shared transition records.",
                "Teachers reported that children who took part settled faster in their first half term.",
                "eastmoor:14", Set.of(CorePurposeArea.IMPROVING_OUTCOMES, CorePurposeArea.SHARING_EXPERTISE),
                Set.of(LeadershipQuality.OPEN_COMMUNICATION), Set.of(ChildrenAge.THREE_AND_FOUR, ChildrenAge.RECEPTION), null, false, false,
                List.of("Children make an 'all about me' booklet with their key person and take it to their new class.",
                    "Reception teachers join two stay-and-play sessions, so that their faces are familiar in September.")),
            new Example("Parenting programme run with health visitors", 2024,
                "A group parenting programme run jointly by a family support worker and a health visitor, with a crèche for younger siblings.",
                "Parents reported calmer routines at home; attendance held up across all ten weeks.",
                "eastmoor:17", Set.of(CorePurposeArea.TARGETED_SUPPORT, CorePurposeArea.PARTNERSHIP_WORKING),
                Set.of(LeadershipQuality.INTEGRATED_WORKING, LeadershipQuality.EVIDENCE), Set.of(ChildrenAge.TWO_YEAR_OLDS, ChildrenAge.THREE_AND_FOUR),
                null, true, false,
                List.of("The two facilitators plan every session together and share the follow-up calls.",
                    "Parents set one small goal each week, such as a bedtime routine, and report back at the next session.",
                    "The crèche meant that parents of babies and toddlers could come without finding childcare.")),
            new Example("A reflective supervision circle for practitioners", 2026,
                "Monthly group supervision in which practitioners bring a case, reflect on it together and agree what to try next.",
                "Staff say they feel better supported with complex families; the circle now runs in two centres.",
                "Ashbrook", Set.of(CorePurposeArea.SHARING_EXPERTISE),
                Set.of(LeadershipQuality.REFLECTIVE), Set.of(), null, false, true,
                List.of("Each circle follows the same four steps: describe, feelings, what we learned, what next.",
                    "A practitioner from another centre is invited each time, so that ideas travel between centres."))
        );
    }
}
