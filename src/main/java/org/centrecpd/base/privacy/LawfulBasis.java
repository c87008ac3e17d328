package org.centrecpd.base.privacy;

/** The lawful bases of UK GDPR Article 6(1) that the platform's processing rests on. */
public enum LawfulBasis {
    /** Art. 6(1)(e): the authority's statutory duties (children's centres, the workforce that runs them). */
    PUBLIC_TASK("Public task (UK GDPR Article 6(1)(e))"),
    /** Art. 6(1)(c): evidence the law requires (safeguarding and statutory training). */
    LEGAL_OBLIGATION("Legal obligation (UK GDPR Article 6(1)(c))"),
    /** Art. 6(1)(b): the employment relationship (staff development the employer provides). */
    CONTRACT("Contract of employment (UK GDPR Article 6(1)(b))"),
    /** Art. 6(1)(f): security of the service (sign-ins, audit). */
    LEGITIMATE_INTERESTS("Legitimate interests (UK GDPR Article 6(1)(f)): keeping the service secure");

    private final String words;

    LawfulBasis(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
