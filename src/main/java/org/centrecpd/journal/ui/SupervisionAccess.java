package org.centrecpd.journal.ui;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import org.centrecpd.journal.service.SupervisionService;
import org.springframework.stereotype.Component;

/**
 * Lets into the supervision pages exactly those the supervision service serves: whoever line-manages
 * someone today by the organisation's data (a job role at a centre), whatever their sign-in role.
 * Vaadin's navigation access control asks every checker, for each navigation and for each menu item,
 * so the menu shows "Supervision" to the same people the pages and the service let in. The views are
 * {@code @PermitAll} (signed in); this check narrows them; it has no say on any other view.
 */
@Component
class SupervisionAccess implements NavigationAccessChecker {

    private final transient SupervisionService supervision;

    SupervisionAccess(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        Class<?> target = context.getNavigationTarget();
        if (target != SupervisionView.class && target != SharedEntryView.class) {
            return context.neutral();
        }
        // Not signed in: the annotation checker sends them to sign in; nothing to ask the service.
        if (context.getPrincipal() == null) {
            return context.neutral();
        }
        return supervision.mayUse() ? context.allow() : context.deny("Not a line manager today");
    }
}
