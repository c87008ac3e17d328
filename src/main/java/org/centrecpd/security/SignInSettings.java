package org.centrecpd.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How people sign in on this deployment. Single sign-on is on when {@code centrecpd.sso.enabled=true}
 * and a client registration named {@value #SSO_REGISTRATION} is configured (see README); local
 * passwords stay on unless {@code centrecpd.sso.local-passwords=false}, which only counts while single
 * sign-on is on (an app with neither would let nobody in).
 */
@Component
public class SignInSettings {

    public static final String SSO_REGISTRATION = "organisation";

    private final boolean sso;
    private final boolean localPasswords;

    SignInSettings(@Value("${centrecpd.sso.enabled:false}") boolean sso,
                   @Value("${centrecpd.sso.local-passwords:true}") boolean localPasswords) {
        this.sso = sso;
        this.localPasswords = localPasswords || !sso;
    }

    public boolean sso() {
        return sso;
    }

    public boolean localPasswords() {
        return localPasswords;
    }
}
