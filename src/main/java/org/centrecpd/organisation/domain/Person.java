package org.centrecpd.organisation.domain;

import org.centrecpd.base.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.centrecpd.base.VersionedEntity;
import org.centrecpd.organisation.JobRole;

/**
 * Someone who learns or leads learning. A person's records (learning, journal, training) hang off
 * the person, never off a centre, so they follow the person when they move centre.
 */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name")
    private String fullName;

    @NotBlank
    @Pattern(regexp = EmailAddress.PATTERN, message = "{person.email.invalid}")
    @Size(max = EmailAddress.MAX_LENGTH)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "job_role")
    private JobRole jobRole;

    /** Kept by the database (lower-case copy of the name) so that name searches can use an index. */
    @Column(name = "name_lower", insertable = false, updatable = false)
    private String nameLower;

    public Person() {
    }

    public Person(String fullName, String email, JobRole jobRole) {
        this.fullName = fullName;
        setEmail(email);
        this.jobRole = jobRole;
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = normalisedEmail(email); }

    /** E-mail addresses are compared and stored trimmed and in lower case ({@link EmailAddress}). */
    public static String normalisedEmail(String email) {
        return EmailAddress.normalised(email);
    }
    public JobRole getJobRole() { return jobRole; }
    public void setJobRole(JobRole jobRole) { this.jobRole = jobRole; }

    @Override
    public String toString() { return fullName; }
}
