package dev.entente.adapters.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.entente.application.query.LinkedInstrument;
import dev.entente.application.query.VisitLogEntry;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.AnnotatedFact;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.PartlyDated;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.HoldCeremony;
import java.util.List;

/**
 * The Jackson configuration for everything Entente writes as JSON: value objects as plain strings, dates as ISO text,
 * entry-into-force rules tagged by name, no class names in the documents. Each call returns a new mapper, because
 * Axon's serializers register modules on the mapper they are given.
 */
public final class EntenteJson {

    private EntenteJson() {
    }

    /** A mapper for events, read-model documents, tokens and file formats. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(domainModule())
                .addModule(addedLaterModule())
                .addModule(annotationsModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Events evolve by adding fields; an older reader must still load a newer document.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Only Axon's tokens carry class names (ReplayToken and its kin use @JsonTypeInfo(CLASS)); nothing
                // else may name a class for Jackson to instantiate.
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .allowIfSubType("dev.entente.")
                        .allowIfSubType(String.class)
                        .build())
                .build();
    }

    /** A mapper for aggregate snapshots: reads and writes fields, whatever their visibility, and ignores methods. */
    public static ObjectMapper snapshotMapper() {
        ObjectMapper mapper = mapper();
        mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        mapper.setVisibility(PropertyAccessor.GETTER, Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE);
        return mapper;
    }

    /** The domain's value objects and rules, mapped without touching the domain (which has no Jackson in it). */
    static SimpleModule domainModule() {
        return new EntenteJacksonModule();
    }

    /**
     * Fields added to stored events and answers after they were first written are left out while empty, so that what
     * was written before they existed (events, JSON answers) is written exactly as before.
     */
    static SimpleModule addedLaterModule() {
        SimpleModule module = new SimpleModule("entente-added-later");
        for (Class<?> type : List.of(PartlyDated.class, Dignitary.class, CeremonyHeld.class, HoldCeremony.class,
                VisitLogEntry.class, RelationshipState.class, RelationshipState.Partnership.class,
                RelationshipState.MeetingSummary.class,
                RelationshipRecord.RelationsChange.class, RelationshipRecord.PartnershipChange.class,
                LinkedInstrument.class)) {
            module.setMixInAnnotation(type, AddedLater.class);
        }
        return module;
    }

    /** Notes and alternative claims, written only where there are some: documents without them keep their shape. */
    static SimpleModule annotationsModule() {
        SimpleModule module = new SimpleModule("entente-annotations");
        module.setMixInAnnotation(Annotations.class, OmitEmptyMixin.class);
        // A type takes one mix-in: the timeline entry's holds both its annotations and its date as written.
        module.setMixInAnnotation(TimelineEntry.class, AnnotatedTimelineEntryMixin.class);
        module.setMixInAnnotation(VisitRecord.class, AnnotatedFactsMixin.class);
        module.setMixInAnnotation(AgreementRecord.class, AnnotatedFactsMixin.class);
        module.setMixInAnnotation(RelationshipState.VisitSummary.class, AnnotatedFactsMixin.class);
        return module;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonIgnoreProperties("empty")
    private interface OmitEmptyMixin {
    }

    private interface AnnotatedTimelineEntryMixin {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoAnnotations.class)
        Annotations annotations();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object dateAsWritten();
    }

    /** The fields added to stored events and answers after they were first written: each omitted while null. */
    private interface AddedLater {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object dateAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object expiresAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object heldAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object title();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object documentsSigned();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object documentsSignedInAll();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object relationsSinceAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object sinceAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object lastAffirmedAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object asWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object signedAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object inForceAsWritten();
    }

    private interface AnnotatedFactsMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<AnnotatedFact> annotations();

        // Dates as written (ADR 0023), added later: left out for exact days, so answers keep their shape.
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object concludedAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object arrivedAsWritten();
    }

    /** Jackson's value filter: true (leave out) for no annotations; read-model rows written elsewhere use it too. */
    public static final class NoAnnotations {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof Annotations annotations && annotations.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
