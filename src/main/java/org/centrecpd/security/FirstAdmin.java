package org.centrecpd.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * There is no built-in admin password. The first admin of a real installation comes from
 * CENTRECPD_ADMIN_EMAIL and CENTRECPD_ADMIN_PASSWORD on a start where no admin exists yet;
 * afterwards the variables are ignored (and can be removed).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final AccountService accounts;
    private final Environment env;
    private final PasswordPolicy policy;

    FirstAdmin(AccountService accounts, Environment env, PasswordPolicy policy) {
        this.accounts = accounts;
        this.env = env;
        this.policy = policy;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = env.getProperty("CENTRECPD_ADMIN_EMAIL");
        String password = env.getProperty("CENTRECPD_ADMIN_PASSWORD");
        if (accounts.anyAdmin()) {
            return;
        }
        if (email == null || password == null) {
            // Never invent a password: whoever runs the app chooses it, and nobody else ever sees it.
            log.warn("""
                No admin account exists, so nobody can sign in yet. To create the first admin, stop the app and start it \
                again with two environment variables: CENTRECPD_ADMIN_EMAIL (the admin's e-mail address, their sign-in) \
                and CENTRECPD_ADMIN_PASSWORD (at least {} characters), for example
                  CENTRECPD_ADMIN_EMAIL=you@your-council.gov.uk CENTRECPD_ADMIN_PASSWORD='a long passphrase' java -jar centre-cpd-0.1.0.jar
                They are read only while no admin exists and can be removed once the admin is created.{}""",
                MIN_PASSWORD_LENGTH, email == null && password == null ? ""
                    : " (Only " + (email == null ? "CENTRECPD_ADMIN_PASSWORD" : "CENTRECPD_ADMIN_EMAIL") + " was given.)");
            return;
        }
        var problem = policy.problem(password, email);
        if (problem.isPresent()) {
            // The same rules as every other password (PasswordPolicy), said in the log the admin is reading.
            log.error("CENTRECPD_ADMIN_PASSWORD is not accepted: {} No admin was created.", switch (problem.get()) {
                case "password.tooShort" -> "it must have at least " + PasswordPolicy.MIN_LENGTH + " characters.";
                case "password.tooLong" -> "it must have at most " + PasswordPolicy.MAX_LENGTH + " characters.";
                case "password.personal" -> "it must not contain the e-mail address or the name of this service.";
                default -> "it is one of the passwords attackers try first (see security/common-passwords.txt); choose another, e.g. three random words.";
            });
            return;
        }
        accounts.createIfAbsent(email, password, Role.ADMIN, null, "Administrator");
        log.info("Created the first admin account {}", email);
    }
}
