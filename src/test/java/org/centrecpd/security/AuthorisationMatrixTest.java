package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrecpd.security.MatrixWorld.Who.ADMIN;
import static org.centrecpd.security.MatrixWorld.Who.MANAGER_ELSEWHERE;
import static org.centrecpd.security.MatrixWorld.Who.MANAGER_HERE;
import static org.centrecpd.security.MatrixWorld.Who.PARTNER_NOT_OVERSEEING;
import static org.centrecpd.security.MatrixWorld.Who.PARTNER_OVERSEEING;
import static org.centrecpd.security.MatrixWorld.Who.PRACTITIONER_ELSEWHERE;
import static org.centrecpd.security.MatrixWorld.Who.PRACTITIONER_HERE;
import static org.centrecpd.security.MatrixWorld.Who.VISITOR;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.centrecpd.base.ui.ErrorViews;
import org.centrecpd.security.MatrixWorld.Who;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.ViewTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every view route Vaadin knows × every kind of person (issue 34 §3): each opens the page, or meets the one
 * "Page not found" (never an error page, never an answer that says the record exists), or, signed out, the
 * sign-in page. The routes come from Vaadin's route registry, so a new route without a line in
 * {@link RouteMatrix} fails {@link #everyRegisteredRouteIsInTheMatrix()}. Servlet mappings: {@link ServletMatrixTest}.
 */
@CentreTest
class AuthorisationMatrixTest extends ViewTest {

    /** What the person meets. */
    enum Answer { PAGE, NOT_FOUND, SIGN_IN }

    static final Map<String, Map<Who, String>> SEEN = new ConcurrentHashMap<>();

    @Autowired
    ApplicationContext spring;
    MatrixWorld world;

    @BeforeEach
    void world() throws Exception {
        world = MatrixWorld.of(spring);
    }

    @Test
    void everyRegisteredRouteIsInTheMatrix() {
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
        }
        assertThat(registered).as("routes registered with Vaadin, each needs a line in RouteMatrix")
            .isEqualTo(new TreeSet<>(RouteMatrix.LINES.keySet()));
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void eachRouteAnswersAsTheMatrixSays(Who who) {
        if (who == VISITOR) {
            SecurityContextHolder.clearContext();
        } else {
            Fixture.signIn(world.logins.get(who));
        }
        Map<String, String> wrong = new TreeMap<>();
        for (var line : RouteMatrix.LINES.entrySet()) {
            RouteMatrix.Line expected = line.getValue();
            String path = expected.path().apply(world);
            String actual = open(path, expected.view());
            SEEN.computeIfAbsent(line.getKey(), k -> new ConcurrentHashMap<>()).put(who, actual);
            String wanted = expected.answer(who).name();
            if (!actual.equals(wanted)) {
                wrong.put(path, "expected " + wanted + ", was " + actual);
            }
        }
        assertThat(wrong).as(who + ": routes answering otherwise than the matrix says").isEmpty();
    }

    private String open(String path, Class<?> view) {
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException e) {
            return "ERROR " + e;
        }
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        HasElement target = chain.getFirst();
        if (target instanceof ErrorViews.RouteNotFound || target instanceof ErrorViews.RecordNotFound
            || target instanceof ErrorViews.AccessDenied) {
            return Answer.NOT_FOUND.name();
        }
        if (target instanceof LoginView && view != LoginView.class) {
            return Answer.SIGN_IN.name();
        }
        // A manager with one centre asking for the training overview goes straight to that centre's matrix (issue 33 §2).
        boolean straightToTheMatrix = view == org.centrecpd.training.ui.TrainingView.class
            && target instanceof org.centrecpd.training.ui.CentreTrainingView;
        return view.isInstance(target) || straightToTheMatrix ? Answer.PAGE.name() : "OTHER " + target.getClass().getSimpleName();
    }

    @AfterAll
    static void printTheMatrix() {
        if (SEEN.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder("\nAuthorisation matrix (view routes): ").append(SEEN.size()).append(" routes × ")
            .append(Who.values().length).append(" kinds of person = ").append(SEEN.size() * Who.values().length).append(" cells\n");
        out.append(String.format("%-40s", "route"));
        for (Who who : Who.values()) {
            out.append(String.format(" %-10.10s", who.name()));
        }
        out.append('\n');
        new TreeMap<>(SEEN).forEach((route, row) -> {
            out.append(String.format("%-40.40s", route));
            for (Who who : Who.values()) {
                out.append(String.format(" %-10.10s", row.getOrDefault(who, "-")));
            }
            out.append('\n');
        });
        System.out.println(out);
    }

    /** The expectation for each route: the path to open (with a real record of the right kind) and who sees the page. */
    static final class RouteMatrix {

        record Line(Class<?> view, Function<MatrixWorld, String> path, Set<Who> see) {
            Answer answer(Who who) {
                if (see.contains(who)) {
                    return Answer.PAGE;
                }
                return who == VISITOR ? Answer.SIGN_IN : Answer.NOT_FOUND;
            }
        }

        static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(VISITOR));
        static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
        static final Set<Who> ADMIN_ONLY = EnumSet.of(ADMIN);
        static final Set<Who> OVERSIGHT = EnumSet.of(ADMIN, PARTNER_OVERSEEING, PARTNER_NOT_OVERSEEING, MANAGER_HERE, MANAGER_ELSEWHERE);
        /** Those whose scope holds the centre "here": the admin, the partner overseeing it, its manager. */
        static final Set<Who> SCOPE_HERE = EnumSet.of(ADMIN, PARTNER_OVERSEEING, MANAGER_HERE);

        static final Map<String, Line> LINES = new LinkedHashMap<>();

        private static void line(String template, Class<?> view, Function<MatrixWorld, String> path, Set<Who> see) {
            LINES.put(template, new Line(view, path, see));
        }

        private static void line(String template, Class<?> view, Set<Who> see) {
            line(template, view, w -> template, see);
        }

        static {
            line("", org.centrecpd.home.HomeView.class, SIGNED_IN);
            line("login", LoginView.class, EVERYONE);
            line("forgot-password", ForgotPasswordView.class, EVERYONE);
            line(SetPasswordView.ROUTE + "/:token", SetPasswordView.class, w -> SetPasswordView.ROUTE + "/" + OneTimeTokens.newToken(),
                EVERYONE);
            line("privacy", org.centrecpd.privacy.ui.PrivacyNoticeView.class, EVERYONE);
            line("verify/:code", org.centrecpd.training.ui.VerifyCertificateView.class, w -> "verify/" + w.certificate, EVERYONE);
            line("sessions", SessionsView.class, SIGNED_IN);
            line("invitations", InvitationsView.class, EnumSet.of(ADMIN, MANAGER_HERE, MANAGER_ELSEWHERE));

            line("journal", org.centrecpd.journal.ui.JournalView.class, SIGNED_IN);
            line("journal/:id([0-9]+)", org.centrecpd.journal.ui.EntryView.class, w -> "journal/" + w.entry, EnumSet.of(PRACTITIONER_HERE));
            line("journal/write/:id?", org.centrecpd.journal.ui.EntryEditor.class, w -> "journal/write/" + w.entry,
                EnumSet.of(PRACTITIONER_HERE));
            line("supervision/:staffId?([0-9]+)", org.centrecpd.journal.ui.SupervisionView.class,
                w -> "supervision/" + w.logins.get(PRACTITIONER_HERE).personId(), EnumSet.of(MANAGER_HERE));
            line("supervision/entries/:id([0-9]+)", org.centrecpd.journal.ui.SharedEntryView.class, w -> "supervision/entries/" + w.sharedEntry,
                EnumSet.of(MANAGER_HERE));

            line("training", org.centrecpd.training.ui.TrainingView.class, OVERSIGHT);
            line("training/mine", org.centrecpd.training.ui.MyTrainingView.class, SIGNED_IN);
            line("training/evidence", org.centrecpd.training.ui.EvidenceView.class, SIGNED_IN);
            line("training/rules", org.centrecpd.training.ui.RulesView.class, OVERSIGHT);
            // A rule is seen by those whose scope holds every place it names: here, a rule over the centre "here".
            line("training/rules/:ruleId([0-9]+)", org.centrecpd.training.ui.RuleView.class, w -> "training/rules/" + w.rule, SCOPE_HERE);
            line("notifications", org.centrecpd.notifications.ui.NotificationsView.class, SIGNED_IN);
            line("training/record", org.centrecpd.training.ui.CpdRecordView.class, SIGNED_IN);
            line("training/roll-up", org.centrecpd.training.ui.RollUpView.class, EnumSet.of(ADMIN, PARTNER_OVERSEEING, PARTNER_NOT_OVERSEEING));
            line("training/people/:personId([0-9]+)", org.centrecpd.training.ui.PersonTrainingView.class,
                w -> "training/people/" + w.logins.get(PRACTITIONER_HERE).personId(), SCOPE_HERE);
            line("training/centres/:centreId([0-9]+)", org.centrecpd.training.ui.CentreTrainingView.class,
                w -> "training/centres/" + w.centreHere, SCOPE_HERE);

            line("reviews", org.centrecpd.reviews.ui.ReviewsView.class, OVERSIGHT);
            line("reviews/terms", org.centrecpd.reviews.ui.TermsView.class, ADMIN_ONLY);
            line("reviews/:reviewId", org.centrecpd.reviews.ui.ReviewView.class, w -> "reviews/" + w.review,
                EnumSet.of(ADMIN, PARTNER_OVERSEEING));

            line("admin/audit", org.centrecpd.audit.ui.AuditLogView.class, ADMIN_ONLY);
            line("admin/structure", org.centrecpd.organisation.ui.StructureView.class, ADMIN_ONLY);
            line("admin/centres", org.centrecpd.organisation.ui.CentresView.class, ADMIN_ONLY);
            line("admin/import", org.centrecpd.organisation.ui.ImportView.class, ADMIN_ONLY);
            line("admin/people", org.centrecpd.organisation.ui.PeopleView.class, ADMIN_ONLY);
            line("admin/courses", org.centrecpd.courses.ui.CoursesAdminView.class, ADMIN_ONLY);
            line("admin/privacy", org.centrecpd.privacy.ui.PrivacyAdminView.class, ADMIN_ONLY);
            line("centres/:centreId([0-9]+)/staff", org.centrecpd.organisation.ui.CentreStaffView.class,
                w -> "centres/" + w.centreHere + "/staff", SCOPE_HERE);

            line("case-studies", org.centrecpd.casestudies.ui.CaseStudiesView.class, SIGNED_IN);
            // A draft: its author and the partner who reviews it; the admin keeps the organisation, not the library.
            line("case-studies/:id([0-9]+)", org.centrecpd.casestudies.ui.CaseStudyView.class, w -> "case-studies/" + w.caseStudy,
                EnumSet.of(PARTNER_OVERSEEING, MANAGER_HERE));

            line("briefings", org.centrecpd.briefings.ui.BriefingsView.class, SIGNED_IN);
            line("briefings/:briefingId", org.centrecpd.briefings.ui.BriefingView.class, w -> "briefings/" + w.briefing,
                EnumSet.of(ADMIN, PARTNER_OVERSEEING, MANAGER_HERE, PRACTITIONER_HERE));
            line("briefings/edit/:briefingId?", org.centrecpd.briefings.ui.BriefingEditView.class, w -> "briefings/edit/" + w.briefing,
                ADMIN_ONLY);

            line("courses", org.centrecpd.courses.ui.CatalogueView.class, SIGNED_IN);
            line("courses/:slug", org.centrecpd.courses.ui.CourseView.class, w -> "courses/managing-change", SIGNED_IN);
            line("courses/:slug/units/:order", org.centrecpd.courses.ui.UnitView.class, w -> "courses/managing-change/units/1", SIGNED_IN);

            line("privacy/my-data", org.centrecpd.privacy.ui.MyDataView.class, SIGNED_IN);

            line("workshops", org.centrecpd.workshops.ui.WorkshopsView.class, SIGNED_IN);
            line("workshops/:id([0-9]+)", org.centrecpd.workshops.ui.SessionView.class, w -> "workshops/" + w.workshop,
                EnumSet.of(ADMIN, PARTNER_OVERSEEING, MANAGER_HERE, PRACTITIONER_HERE));
            line("workshops/:id([0-9]+)/register", org.centrecpd.workshops.ui.RegisterView.class, w -> "workshops/" + w.workshop + "/register",
                EnumSet.of(ADMIN, PARTNER_OVERSEEING));
        }
    }
}
