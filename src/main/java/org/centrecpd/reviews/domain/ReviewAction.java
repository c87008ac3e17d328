package org.centrecpd.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.VersionedEntity;

/**
 * An action agreed at a review: what is to be done, by whom at the centre, by when; the centre manager's
 * response; done, with a note, by its owner or their manager. It lives on after the review is signed off:
 * follow-up is the point of it.
 */
@Entity
@Table(name = "review_action")
public class ReviewAction extends VersionedEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String body;

    @Column(name = "owner_person_id", nullable = false)
    private long ownerPersonId;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    private String response;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_note")
    private String doneNote;

    @Column(name = "done_by_name")
    private String doneByName;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    protected ReviewAction() {
    }

    public ReviewAction(long reviewId, int position, String body, long ownerPersonId, String ownerName, LocalDate dueOn) {
        this.reviewId = reviewId;
        this.position = position;
        change(body, ownerPersonId, ownerName, dueOn);
    }

    public long getReviewId() { return reviewId; }
    public int getPosition() { return position; }
    public String getBody() { return body; }
    public long getOwnerPersonId() { return ownerPersonId; }
    public String getOwnerName() { return ownerName; }
    public LocalDate getDueOn() { return dueOn; }
    public String getResponse() { return response; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getDoneNote() { return doneNote; }
    public String getDoneByName() { return doneByName; }
    public LocalDate getRemindedOn() { return remindedOn; }

    public boolean isDone() {
        return doneOn != null;
    }

    /** Not done and its due date has passed on {@code day}. */
    public boolean isOverdueOn(LocalDate day) {
        return doneOn == null && dueOn.isBefore(day);
    }

    public void change(String body, long ownerPersonId, String ownerName, LocalDate dueOn) {
        if (body == null || body.isBlank()) {
            throw new RuleViolation("reviews.action.noText");
        }
        this.body = body.strip();
        this.ownerPersonId = ownerPersonId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
    }

    public void respond(String response) {
        this.response = response;
    }

    public void markDone(LocalDate day, String note, String byName) {
        if (doneOn != null) {
            throw new RuleViolation("reviews.action.alreadyDone");
        }
        this.doneOn = day;
        this.doneNote = note;
        this.doneByName = byName;
    }

    public void reminded(LocalDate day) {
        this.remindedOn = day;
    }
}
