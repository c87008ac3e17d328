package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrecpd.security.MatrixWorld.Who.ADMIN;
import static org.centrecpd.security.MatrixWorld.Who.MANAGER_HERE;
import static org.centrecpd.security.MatrixWorld.Who.PARTNER_OVERSEEING;
import static org.centrecpd.security.MatrixWorld.Who.PRACTITIONER_HERE;
import static org.centrecpd.security.MatrixWorld.Who.VISITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.centrecpd.security.MatrixWorld.Who;
import org.centrecpd.support.CentreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every Spring MVC mapping (controllers and Actuator) × every kind of person (issue 34 §3), through the whole
 * security filter chain: the file or "Not found" (404, the same words for "no such record" and "not yours"),
 * never a 403 that says the record exists, and, signed out, the sign-in page. The mappings come from Spring's
 * handler mappings, so a new one without a line here fails {@link #everyMappingIsInTheMatrix()}.
 * In the shared {@link CentreTest} context, with MockMvc.
 */
@CentreTest
class ServletMatrixTest {

    enum Answer { FILE, NOT_FOUND, SIGN_IN, REFUSED }

    record Line(Function<MatrixWorld, String> path, Set<Who> get, Answer otherwise) {
        Answer answer(Who who) {
            if (get.contains(who)) {
                return Answer.FILE;
            }
            return who == VISITOR && otherwise != Answer.FILE ? Answer.SIGN_IN : otherwise;
        }
    }

    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(VISITOR));
    static final Map<String, Line> LINES = new LinkedHashMap<>();

    static {
        LINES.put("/case-study-files/{attachmentId}", new Line(w -> "/case-study-files/" + w.attachment,
            EnumSet.of(PARTNER_OVERSEEING, MANAGER_HERE), Answer.NOT_FOUND));
        // The briefing went to the centre here: its recipients there, its author (an admin) and the partner overseeing it.
        LINES.put("/briefing-files/{attachmentId}", new Line(w -> "/briefing-files/" + w.briefingFile,
            EnumSet.of(ADMIN, PARTNER_OVERSEEING, MANAGER_HERE, PRACTITIONER_HERE), Answer.NOT_FOUND));
        LINES.put("/course-files/{slug}/**", new Line(w -> "/course-files/future-leaders/resources/leadership-plan-template.csv",
            SIGNED_IN, Answer.NOT_FOUND));
        LINES.put("/privacy/copies/{token}", new Line(w -> "/privacy/copies/" + w.copyToken, EnumSet.of(ADMIN, PRACTITIONER_HERE),
            Answer.NOT_FOUND));
        // The leaver can no longer sign in: the e-mailed link is the proof, as for a password reset.
        LINES.put("/privacy/leaver-copy/{token}", new Line(w -> "/privacy/leaver-copy/" + w.leaverToken, EnumSet.allOf(Who.class),
            Answer.NOT_FOUND));
        // A calendar application cannot sign in: the long secret in the link is the proof; a wrong one is not found.
        LINES.put("/calendar/{file}", new Line(w -> w.calendarFeed, EnumSet.allOf(Who.class), Answer.NOT_FOUND));
        LINES.put("/actuator/health", new Line(w -> "/actuator/health", EnumSet.allOf(Who.class), Answer.NOT_FOUND));
        LINES.put("/actuator/health/**", new Line(w -> "/actuator/health/liveness", EnumSet.allOf(Who.class), Answer.NOT_FOUND));
        // Spring Boot's error page, reached by the container's forward after an error. Asked for directly, signed in, it
        // answers 403: there is no record behind it whose existence a refusal could give away. Signed out: sign in.
        LINES.put("/error", new Line(w -> "/error", EnumSet.noneOf(Who.class), Answer.REFUSED));
    }

    @Autowired
    ApplicationContext spring;
    MatrixWorld world;
    MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        world = MatrixWorld.of(spring);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) spring).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private Set<String> mappedPaths() {
        Set<String> paths = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : spring.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                paths.addAll(info.getPatternValues());
            }
        }
        return paths;
    }

    @Test
    void everyMappingIsInTheMatrix() {
        assertThat(mappedPaths()).as("Spring MVC mappings, each needs a line in ServletMatrixTest").isEqualTo(new TreeSet<>(LINES.keySet()));
    }

    @Test
    void eachMappingAnswersAsTheMatrixSays() throws Exception {
        Map<String, String> wrong = new TreeMap<>();
        StringBuilder table = new StringBuilder(String.format("%-34s", "mapping"));
        for (Who who : Who.values()) {
            table.append(String.format(" %-10.10s", who.name()));
        }
        table.append('\n');
        for (var line : LINES.entrySet()) {
            String path = line.getValue().path().apply(world);
            table.append(String.format("%-34.34s", line.getKey()));
            for (Who who : Who.values()) {
                var request = get(path);
                if (who != VISITOR) {
                    SignedInUser user = world.logins.get(who).user();
                    request.with(authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities())));
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String actual = answer(response);
                table.append(String.format(" %-10.10s", actual));
                String wanted = line.getValue().answer(who).name();
                if (!actual.equals(wanted)) {
                    wrong.put(path + " as " + who, "expected " + wanted + ", was " + actual);
                }
                if (actual.equals("FILE") && !line.getKey().startsWith("/actuator")) {
                    assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
                    assertThat(response.getHeader("Content-Disposition")).as(path).startsWith("attachment");
                }
            }
            table.append('\n');
        }
        System.out.println("\nAuthorisation matrix (servlet mappings): " + LINES.size() + " mappings × " + Who.values().length
            + " kinds of person = " + LINES.size() * Who.values().length + " cells\n" + table);
        assertThat(wrong).as("mappings answering otherwise than the matrix says").isEmpty();
    }

    private static String answer(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status == 200) {
            return Answer.FILE.name();
        }
        if (status == 404) {
            return Answer.NOT_FOUND.name();
        }
        if (status == 403) {
            return Answer.REFUSED.name();
        }
        if (status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
            return Answer.SIGN_IN.name();
        }
        return "HTTP " + status;
    }
}
