package org.centrecpd.reviews.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.Season;
import org.centrecpd.reviews.domain.ActionRow;
import org.centrecpd.reviews.domain.DueRow;
import org.centrecpd.reviews.domain.PackRepository;
import org.centrecpd.reviews.domain.PersonChoice;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.domain.ReviewAction;
import org.centrecpd.reviews.domain.ReviewActionRepository;
import org.centrecpd.reviews.domain.ReviewRepository;
import org.centrecpd.reviews.domain.ReviewRow;
import org.centrecpd.reviews.domain.ReviewTerm;
import org.centrecpd.reviews.domain.ReviewTermRepository;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailAfterCommit;
import org.centrecpd.base.mail.MailSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.util.HtmlUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The termly review, for each reader: the partner prepares (a draft with the live pack), shares, and signs off
 * (the pack is frozen as a snapshot; an amendment is a new linked revision); the centre's managers see it once
 * shared and respond; the admin sees every review; practitioners see only the actions they own. A review
 * outside the reader's reach answers "not found", on every path (page, PDF, actions). Sign-offs and every
 * download of a review are in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private static final Set<ReviewStatus> SHARED_ON = EnumSet.of(ReviewStatus.SHARED, ReviewStatus.SIGNED_OFF, ReviewStatus.AMENDED);
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final ReviewRepository reviews;
    private final ReviewActionRepository actions;
    private final ReviewTermRepository terms;
    private final PackRepository organisation;
    private final TermCalendar calendar;
    private final PackBuilder packs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MailSender mail;
    private final String publicUrl;
    private final Texts texts = new Texts();

    ReviewService(AccessScope scope, CurrentUser currentUser, ReviewRepository reviews, ReviewActionRepository actions,
                  ReviewTermRepository terms, PackRepository organisation, TermCalendar calendar, PackBuilder packs,
                  ApplicationEventPublisher events, Clock clock, MailSender mail,
                  @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.scope = scope;
        this.currentUser = currentUser;
        this.reviews = reviews;
        this.actions = actions;
        this.terms = terms;
        this.organisation = organisation;
        this.calendar = calendar;
        this.packs = packs;
        this.events = events;
        this.clock = clock;
    }

    /** The term today falls in (by the English defaults), for the lists' first choice. */
    public TermChoice currentTerm() {
        LocalDate today = LocalDate.now(clock);
        return new TermChoice(Season.schoolYearOf(today), Season.of(today));
    }

    /**
     * The centres whose review falls in the term: a partner's, those they oversee; an admin's, every centre.
     * Each with its review's state, overdue once the term is over and it is not signed off.
     */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<DueLine> due(TermChoice term) {
        calendar.ensureDefaults(term.schoolYear());
        LocalDate today = LocalDate.now(clock);
        boolean partner = currentUser.require().role() == Role.IMPROVEMENT_PARTNER;
        List<DueRow> rows = reviews.due(scope.centres(), partner, term.schoolYear(), term.season(),
            term.season().reviewedAtFrequencies());
        return rows.stream().map(r -> {
            LocalDate lastDay = r.termEnds().minusDays(1);
            boolean signed = r.status() != null && r.status().isSignedOff();
            return new DueLine(r.centreId(), r.centre(), r.authority(), r.provider(), r.group(), r.termId(), lastDay, r.reviewId(),
                r.status(), r.partner(), !signed && lastDay.isBefore(today));
        }).toList();
    }

    /** {@link #due} counted per provider and per group (as the centres are run today), for the admin's overview. */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<DueCount> dueCounts(TermChoice term) {
        List<DueLine> lines = due(term);
        List<DueCount> counts = new ArrayList<>();
        counts.addAll(count("provider", lines, l -> l.authority() + " / " + (l.provider() == null ? "—" : l.provider())));
        counts.addAll(count("group", lines, l -> l.authority() + " / " + (l.group() == null ? "—" : l.group())));
        return counts;
    }

    private static List<DueCount> count(String level, List<DueLine> lines, java.util.function.Function<DueLine, String> key) {
        Map<String, List<DueLine>> by = new LinkedHashMap<>();
        lines.forEach(l -> by.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l));
        return by.entrySet().stream().map(e -> {
            List<DueLine> ls = e.getValue();
            return new DueCount(level, e.getKey(), ls.size(), ls.stream().filter(l -> l.status() == null).count(),
                ls.stream().filter(l -> l.status() == ReviewStatus.DRAFT).count(),
                ls.stream().filter(l -> l.status() == ReviewStatus.SHARED).count(),
                ls.stream().filter(l -> l.status() != null && l.status().isSignedOff()).count(),
                ls.stream().filter(DueLine::overdue).count());
        }).toList();
    }

    /** Reviews of the centres in scope that the reader may open: a manager's once shared; an admin's all. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<ReviewRow> listed() {
        Set<ReviewStatus> states = currentUser.require().role() == Role.CENTRE_MANAGER ? SHARED_ON : EnumSet.allOf(ReviewStatus.class);
        return reviews.listed(scope.centres(), states);
    }

    /** Begins the review of a centre the partner oversees for a term of its authority; the existing one if begun. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public long start(long centreId, long termId) {
        if (!reviews.oversees(scope.centres(), centreId)) {
            throw new NotFoundException("Centre " + centreId);
        }
        ReviewTerm term = terms.findById(termId).orElseThrow(() -> new NotFoundException("Term " + termId));
        if (!terms.authorityOf(centreId).map(a -> a == term.getLocalAuthorityId()).orElse(false)) {
            throw new NotFoundException("Term " + termId);
        }
        var existing = reviews.due(scope.centres(), true, term.getSchoolYear(), term.getSeason(), Set.of(1, 2, 3)).stream()
            .filter(r -> r.centreId() == centreId && r.reviewId() != null).findFirst();
        if (existing.isPresent()) {
            return existing.get().reviewId();
        }
        SignedInUser me = currentUser.require();
        Review review = reviews.saveAndFlush(new Review(centreId, termId, me.accountId(), me.displayName(),
            Arrays.stream(CorePurposeArea.values()).map(CorePurposeArea::id).toList(), LocalDateTime.now(clock)));
        return review.getId();
    }

    /** A review the reader may see, with its pack (live while open, the snapshot once signed off). */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public ReviewPage open(long reviewId) {
        Review review = visible(reviewId);
        ReviewTerm term = terms.findById(review.getTermId()).orElseThrow();
        Pack pack = review.getSnapshot().map(ReviewService::readPack).orElseGet(() -> packs.build(review.getCentreId(), term));
        return page(review, term, pack);
    }

    /** The people working at the review's centre today: who may own an action. */
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public List<PersonChoice> possibleOwners(long reviewId) {
        Review review = writable(reviewId);
        return organisation.staffOn(review.getCentreId(), LocalDate.now(clock));
    }

    /** The partner's text: visit date, strengths, priorities and a judgement per area (by area id). */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void write(long reviewId, long version, LocalDate visitDate, String strengths, String priorities,
                      Map<String, Review.Judged> byArea) {
        Review review = writable(reviewId);
        requireVersion(review, version);
        review.write(visitDate, strengths, priorities, byArea);
        reviews.saveAndFlush(review);
    }

    /** Adds an action owned by someone working at the centre today. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void addAction(long reviewId, String body, long ownerPersonId, LocalDate dueOn) {
        Review review = writable(reviewId);
        PersonChoice owner = owner(review, ownerPersonId);
        int next = actions.findByReviewIdOrderByPosition(reviewId).stream().mapToInt(ReviewAction::getPosition).max().orElse(0) + 1;
        actions.save(new ReviewAction(reviewId, next, body, owner.id(), owner.name(), requireDue(dueOn)));
    }

    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void changeAction(long actionId, String body, long ownerPersonId, LocalDate dueOn) {
        ReviewAction action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action " + actionId));
        Review review = writable(action.getReviewId());
        PersonChoice owner = owner(review, ownerPersonId);
        action.change(body, owner.id(), owner.name(), requireDue(dueOn));
    }

    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void removeAction(long actionId) {
        ReviewAction action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action " + actionId));
        writable(action.getReviewId());
        actions.delete(action);
    }

    /** Shows the draft to the centre's managers, who may then respond. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void share(long reviewId) {
        Review review = writable(reviewId);
        review.share(LocalDateTime.now(clock));
        reviews.saveAndFlush(review);
    }

    /** The centre manager's responses, per area (by area id) and per action (by id), while the review is shared. */
    @Transactional
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public void respond(long reviewId, Map<String, String> byArea, Map<Long, String> byAction) {
        Review review = visible(reviewId);
        review.respond(byArea);
        for (ReviewAction action : actions.findByReviewIdOrderByPosition(reviewId)) {
            if (byAction.containsKey(action.getId())) {
                action.respond(byAction.get(action.getId()));
            }
        }
        reviews.saveAndFlush(review);
    }

    /**
     * Signs the shared review off: the pack as it is now is stored with it and never changes again; an amended
     * revision replaces the one it amends. Audited.
     */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public void signOff(long reviewId) {
        Review review = writable(reviewId);
        ReviewTerm term = terms.findById(review.getTermId()).orElseThrow();
        Pack pack = packs.build(review.getCentreId(), term);
        review.signOff(JSON.writeValueAsString(pack), LocalDateTime.now(clock));
        if (review.getAmendsId() != null) {
            reviews.findById(review.getAmendsId()).ifPresent(Review::markAmended);
        }
        reviews.saveAndFlush(review);
        events.publishEvent(new AuditEvent(AuditAction.REVIEW_SIGNED_OFF, pack.centre() + ", " + term.getSeason().name().toLowerCase()
            + " " + term.getSchoolYear(), "review " + reviewId + ", revision " + review.getRevision()));
    }

    /** Begins an amendment of a signed-off review: a new draft revision, linked, with its text and actions. */
    @Transactional
    @RolesAllowed(Role.IMPROVEMENT_PARTNER_NAME)
    public long amend(long reviewId) {
        Review signed = overseen(reviewId);
        if (reviews.amendmentOf(reviewId).isPresent()) {
            throw new RuleViolation("reviews.amend.already");
        }
        SignedInUser me = currentUser.require();
        Review next = reviews.saveAndFlush(Review.amendmentOf(signed, me.accountId(), me.displayName(), LocalDateTime.now(clock)));
        for (ReviewAction a : actions.findByReviewIdOrderByPosition(reviewId)) {
            ReviewAction copy = new ReviewAction(next.getId(), a.getPosition(), a.getBody(), a.getOwnerPersonId(), a.getOwnerName(), a.getDueOn());
            copy.respond(a.getResponse());
            if (a.isDone()) {
                copy.markDone(a.getDoneOn(), a.getDoneNote(), a.getDoneByName());
            }
            actions.save(copy);
        }
        return next.getId();
    }

    /** The signed-off review as a PDF for a governing board, with the page's figures. Every download is audited. */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public ReviewFile pdf(long reviewId) {
        ReviewPage page = open(reviewId);
        if (!page.mayDownload()) {
            throw new RuleViolation("reviews.pdf.notSignedOff");
        }
        byte[] bytes = ReviewPdf.render(page);
        String name = ("review-" + page.centre() + "-" + page.season().name().toLowerCase() + "-" + page.schoolYear()
            + (page.revision() > 1 ? "-revision-" + page.revision() : "")).replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase() + ".pdf";
        events.publishEvent(new AuditEvent(AuditAction.REVIEW_DOWNLOADED, page.centre() + ", " + page.season().name().toLowerCase() + " "
            + page.schoolYear(), "review " + reviewId + " as PDF"));
        return new ReviewFile(name, bytes);
    }

    /** A file to download. */
    public record ReviewFile(String name, byte[] content) {
    }

    /** The actions I own on signed-off reviews, open ones first. */
    @RolesAllowed({Role.PRACTITIONER_NAME, Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<ActionRow> myActions() {
        return scope.self().map(me -> actions.ownedBy(me, ReviewStatus.SIGNED_OFF)).orElse(List.of());
    }

    /** Open actions at the centres I manage (a manager follows up their staff's actions). */
    @RolesAllowed(Role.CENTRE_MANAGER_NAME)
    public List<ActionRow> centreActions() {
        return actions.openInScope(scope.centres(), ReviewStatus.SIGNED_OFF);
    }

    /** Marks an action done, with a note: by its owner, or by a manager of its centre. */
    @Transactional
    @RolesAllowed({Role.PRACTITIONER_NAME, Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void markDone(long actionId, String note) {
        ActionRow row = actions.signedOffRow(actionId, ReviewStatus.SIGNED_OFF)
            .orElseThrow(() -> new NotFoundException("Action " + actionId));
        SignedInUser me = currentUser.require();
        boolean owner = me.personId() != null && me.personId() == row.ownerPersonId();
        if (!owner) {
            if (me.role() != Role.CENTRE_MANAGER) {
                throw new NotFoundException("Action " + actionId);
            }
            scope.requireCentre(reviews.findById(row.reviewId()).orElseThrow().getCentreId());
        }
        ReviewAction action = actions.findById(actionId).orElseThrow();
        action.markDone(LocalDate.now(clock), note == null || note.isBlank() ? null : note.strip(), me.displayName());
    }

    /**
     * Every morning, on one node: one e-mail to each owner of open actions on signed-off reviews that fall due
     * within a week or are overdue, listing them all; an action is in at most one digest a day. For the
     * system: nobody is signed in, and each mail goes only to the action's own owner.
     */
    @Transactional
    @Scheduled(cron = "${centrecpd.reviews.reminders-cron:0 15 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "review-action-reminders", lockAtLeastFor = "PT1M")
    public void remindDaily() {
        remindActionOwners();
    }

    /** {@link #remindDaily}'s work: how many digests went. */
    @Transactional
    public int remindActionOwners() {
        LocalDate today = LocalDate.now(clock);
        List<ActionRow> due = actions.toRemind(today, today.plusDays(7), ReviewStatus.SIGNED_OFF);
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<ActionRow>> byOwner = new LinkedHashMap<>();
        due.forEach(a -> byOwner.computeIfAbsent(a.ownerPersonId(), k -> new ArrayList<>()).add(a));
        Map<Long, String> emails = new java.util.HashMap<>();
        actions.addresses(byOwner.keySet()).forEach(p -> emails.put(p.id(), p.name()));
        List<Mail> mails = new ArrayList<>();
        byOwner.forEach((owner, rows) -> {
            String to = emails.get(owner);
            if (to == null) {
                return;
            }
            StringBuilder text = new StringBuilder(texts.text("reviews.mail.hello", rows.getFirst().ownerName())).append("\n\n")
                .append(texts.text("reviews.mail.intro")).append("\n");
            StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(texts.text("reviews.mail.hello", rows.getFirst().ownerName())))
                .append("</p><p>").append(HtmlUtils.htmlEscape(texts.text("reviews.mail.intro"))).append("</p><ul>");
            for (ActionRow a : rows) {
                String line = texts.text(a.isOverdueOn(today) ? "reviews.mail.overdue" : "reviews.mail.due", a.body(), a.centre(),
                    org.centrecpd.base.ui.Dates.longDay(a.dueOn(), java.util.Locale.UK));
                text.append("- ").append(line).append("\n");
                html.append("<li>").append(HtmlUtils.htmlEscape(line)).append("</li>");
            }
            text.append("\n").append(publicUrl).append("/\n");
            html.append("</ul><p><a href=\"").append(HtmlUtils.htmlEscape(publicUrl)).append("/\">")
                .append(HtmlUtils.htmlEscape(publicUrl)).append("</a></p>");
            mails.add(new Mail(to, texts.text("reviews.mail.subject", rows.size()), text.toString(), html.toString())
                .about(org.centrecpd.base.mail.MailKind.REVIEWS, publicUrl + "/"));
        });
        actions.reminded(due.stream().map(ActionRow::actionId).toList(), today);
        MailAfterCommit.send(mail, mails);
        return mails.size();
    }

    private Review visible(long reviewId) {
        SignedInUser me = currentUser.require();
        java.util.Optional<Review> found = switch (me.role()) {
            case IMPROVEMENT_PARTNER -> reviews.findVisible(scope.centres(), reviewId, true, EnumSet.allOf(ReviewStatus.class));
            case CENTRE_MANAGER -> reviews.findVisible(scope.centres(), reviewId, false, SHARED_ON);
            case ADMIN -> reviews.findVisible(scope.centres(), reviewId, false, EnumSet.allOf(ReviewStatus.class));
            case PRACTITIONER -> java.util.Optional.empty();
        };
        return found.orElseThrow(() -> new NotFoundException("Review " + reviewId));
    }

    /** A review of a centre the partner oversees (any state). */
    private Review overseen(long reviewId) {
        return reviews.findVisible(scope.centres(), reviewId, true, EnumSet.allOf(ReviewStatus.class))
            .orElseThrow(() -> new NotFoundException("Review " + reviewId));
    }

    /** A review the partner oversees that is not yet signed off. */
    private Review writable(long reviewId) {
        Review review = overseen(reviewId);
        if (review.getStatus().isSignedOff()) {
            throw new RuleViolation("reviews.frozen");
        }
        return review;
    }

    private PersonChoice owner(Review review, long personId) {
        return organisation.staffOn(review.getCentreId(), LocalDate.now(clock)).stream().filter(p -> p.id() == personId).findFirst()
            .orElseThrow(() -> new RuleViolation("reviews.action.ownerElsewhere"));
    }

    private static LocalDate requireDue(LocalDate dueOn) {
        if (dueOn == null) {
            throw new RuleViolation("reviews.action.noDue");
        }
        return dueOn;
    }

    private static void requireVersion(Review review, long version) {
        if (review.getVersion() != version) {
            throw new StaleEditException("Review " + review.getId(), null);
        }
    }

    static Pack readPack(String json) {
        return JSON.readValue(json, Pack.class);
    }

    private ReviewPage page(Review review, ReviewTerm term, Pack pack) {
        SignedInUser me = currentUser.require();
        boolean partner = me.role() == Role.IMPROVEMENT_PARTNER;
        boolean open = !review.getStatus().isSignedOff();
        List<ReviewPage.JudgementLine> judgements = review.getJudgements().stream()
            .map(j -> new ReviewPage.JudgementLine(CorePurposeArea.byId(j.getArea()).orElseThrow(), j.getJudgement(), j.getCommentary(),
                j.getResponse()))
            .sorted(java.util.Comparator.comparing(ReviewPage.JudgementLine::area))
            .toList();
        List<ReviewPage.ActionLine> lines = actions.findByReviewIdOrderByPosition(review.getId()).stream()
            .map(a -> new ReviewPage.ActionLine(a.getId(), a.getBody(), a.getOwnerPersonId(), a.getOwnerName(), a.getDueOn(),
                a.getResponse(), a.getDoneOn(), a.getDoneNote(), a.getDoneByName()))
            .toList();
        Long amendedBy = review.getStatus() == ReviewStatus.SIGNED_OFF || review.getStatus() == ReviewStatus.AMENDED
            ? reviews.amendmentOf(review.getId()).map(Review::getId).orElse(null) : null;
        return new ReviewPage(review.getId(), review.getVersion(), review.getCentreId(), pack.centre(), term.getSchoolYear(),
            term.getSeason(), term.firstDay(), term.lastDay(), review.getStatus(), review.getRevision(), review.getAmendsId(), amendedBy,
            review.getPartnerName(), review.getVisitDate(), review.getStrengths(), review.getPriorities(), judgements, lines, pack,
            review.getSharedAt(), review.getSignedOffAt(),
            partner && open, me.role() == Role.CENTRE_MANAGER && review.getStatus() == ReviewStatus.SHARED,
            partner && review.getStatus() == ReviewStatus.SHARED,
            partner && review.getStatus() == ReviewStatus.SIGNED_OFF && amendedBy == null,
            review.getStatus().isSignedOff(), LocalDate.now(clock));
    }
}
