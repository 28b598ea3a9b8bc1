package dev.entente.adapters.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

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
}
