package org.centrecpd.workshops.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.EvaluationService;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/** "My workshop bookings" for the home page's My learning: each with its state, the calendar invite and the evaluation once due. */
@SpringComponent
@Scope("prototype")
@NamedInterface("home-widgets")
public class WorkshopsWidget extends MyBookings {

    public WorkshopsWidget(BookingService bookings, EvaluationService evaluations) {
        super(bookings, evaluations, true);
        setId("workshop-bookings");
    }
}
