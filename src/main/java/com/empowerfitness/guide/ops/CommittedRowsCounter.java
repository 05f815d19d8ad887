package com.empowerfitness.guide.ops;

import com.empowerfitness.guide.booking.ConsultationRequest;
import com.empowerfitness.guide.scheduling.Appointment;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditEvent;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Counts what the site stored, from the rows themselves once their transaction has committed: consultation
 * requests (urgent or not) and the audit log's failed and refused sign-ins. Listening to Hibernate keeps the
 * booking and staff classes free of metrics code, and a rolled-back insert is never counted.
 */
@Component
class CommittedRowsCounter implements PostCommitInsertEventListener, SmartInitializingSingleton {

    private final EntityManagerFactory entityManagerFactory;

    private final GuideMetrics metrics;

    CommittedRowsCounter(EntityManagerFactory entityManagerFactory, GuideMetrics metrics) {
        this.entityManagerFactory = entityManagerFactory;
        this.metrics = metrics;
    }

    @Override
    public void afterSingletonsInstantiated() {
        this.entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class)
                .appendListeners(EventType.POST_COMMIT_INSERT, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof ConsultationRequest request) {
            this.metrics.requestCreated(request.isUrgent());
        } else if (entity instanceof Appointment appointment) {
            this.metrics.appointmentCreated(appointment.isUrgent());
        } else if (entity instanceof AuditEvent audit) {
            if (audit.getAction() == AuditAction.SIGN_IN_FAILED) {
                this.metrics.signInFailed();
            } else if (audit.getAction() == AuditAction.SIGN_IN_REFUSED) {
                this.metrics.signInRefused();
            }
        }
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        // Not stored: nothing to count.
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        Class<?> type = persister.getMappedClass();
        return type == ConsultationRequest.class || type == Appointment.class || type == AuditEvent.class;
    }
}
