package dev.entente.domain.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.RuleViolation;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * An international instrument through its life, after the Vienna Convention on the Law of Treaties: concluded,
 * signed by each party, ratified where its rule requires, in force by its rule, then amended, suspended, resumed,
 * registered, terminated, or expired at the end of its term. The agreement applies its own entry into force when
 * its rule is met; its history never runs backwards in time.
 * <p>
 * Every handler creates the agreement if it is missing, so that the agreement itself decides what an id concluded
 * twice, or a command to an id never concluded, means: a named rule, not a failure of the event store.
 */
public class Agreement {

    /** VCLT art. 56(2): a denunciation with no notice period agreed takes effect twelve months after notice. */
    static final Period DEFAULT_DENUNCIATION_NOTICE = Period.ofMonths(12);

    @AggregateIdentifier
    private String aggregateId;
    private AgreementId agreementId;
    private InstrumentKind kind;
    private List<String> parties;
    private EntryIntoForceRule entryIntoForce;
    private Period term;
    private Period denunciationNotice;
    private Map<String, LocalDate> signedOn = new LinkedHashMap<>();
    private Map<String, LocalDate> ratifiedOn = new LinkedHashMap<>();
    private AgreementStatus status;
    private LocalDate concludedOn;
    private LocalDate latestOn;
    private LocalDate inForceFrom;
    private LocalDate expiresOn;
    private LocalDate terminatedOn;
    private boolean registered;

    /** For Axon, which creates the agreement on its first command and rebuilds it from its events. */
    protected Agreement() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConcludeAgreement command) {
        mustNotBeConcludedYet(command);
        mustHaveTwoParties(command);
        mustHaveASector(command);
        nonBindingInstrumentMustNotRequireRatification(command);
        periodMustBePositive(command.agreementId(), command.occurredOn(), command.term(), "term");
        periodMustBePositive(command.agreementId(), command.occurredOn(), command.denunciationNotice(),
                "denunciation notice");
        entryIntoForceRuleMustMakeSense(command);
        apply(new AgreementConcluded(command.agreementId(), command.occurredOn(), command.title(), command.kind(),
                command.parties(), command.sectors(), command.areas(), command.entryIntoForce(), command.term(),
                command.denunciationNotice(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SignAgreement command) {
        mustBeConcluded(command);
        mustBeOpen(command);
        Set<String> signingNow = new HashSet<>();
        for (Signature signature : command.signatures()) {
            mustBeAParty(command, signature.party(), "sign");
            signatoryMustServeTheParty(signature);
            if (signedOn.containsKey(signature.party().code()) || !signingNow.add(signature.party().code())) {
                LocalDate earlier = signedOn.getOrDefault(signature.party().code(), command.occurredOn());
                throw new RuleViolation(AgreementRule.ALREADY_SIGNED_BY_PARTY, "Agreement " + agreementId
                        + " cannot be signed for " + signature.party() + " on " + command.occurredOn() + ": "
                        + signature.party() + " already signed it on " + earlier + ".");
            }
        }
        apply(new AgreementSigned(agreementId, command.occurredOn(), command.place(), command.signatures(),
                command.duringVisit(), command.sources()));
        if (signedOn.size() == parties.size()) {
            if (entryIntoForce instanceof EntryIntoForceRule.OnSignature) {
                enterIntoForce(command.occurredOn(), command);
            } else if (entryIntoForce instanceof EntryIntoForceRule.OnFixedDate fixed) {
                enterIntoForce(later(fixed.date(), command.occurredOn()), command);
            }
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RatifyAgreement command) {
        mustBeConcluded(command);
        mustBeOpen(command);
        if (!kind.isBinding()) {
            throw new RuleViolation(AgreementRule.NON_BINDING_CANNOT_BE_RATIFIED, "Agreement " + agreementId
                    + " is a " + kind.label() + ", which is not binding and cannot be ratified (refused: "
                    + command.party() + " on " + command.occurredOn() + ").");
        }
        if (!entryIntoForce.requiresRatification()) {
            throw new RuleViolation(AgreementRule.RATIFICATION_NOT_REQUIRED, "Agreement " + agreementId
                    + " enters into force " + entryIntoForce.describe() + " and takes no ratification (refused: "
                    + command.party() + " on " + command.occurredOn() + ").");
        }
        mustBeAParty(command, command.party(), "ratify");
        String party = command.party().code();
        if (!signedOn.containsKey(party)) {
            throw new RuleViolation(AgreementRule.RATIFICATION_BEFORE_SIGNATURE, "Agreement " + agreementId
                    + " cannot be ratified by " + party + " on " + command.occurredOn() + ": " + party
                    + " has not signed it.");
        }
        if (ratifiedOn.containsKey(party)) {
            throw new RuleViolation(AgreementRule.ALREADY_RATIFIED_BY_PARTY, "Agreement " + agreementId
                    + " cannot be ratified by " + party + " on " + command.occurredOn() + ": " + party
                    + " already ratified it on " + ratifiedOn.get(party) + ".");
        }
        apply(new AgreementRatified(agreementId, command.occurredOn(), command.party(), command.consent(),
                command.sources()));
        if (ratifiedOn.size() == parties.size()) {
            LocalDate on = entryIntoForce instanceof EntryIntoForceRule.DaysAfterLastRatification after
                    ? command.occurredOn().plusDays(after.days())
                    : command.occurredOn();
            enterIntoForce(on, command);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ApplyAgreementProvisionally command) {
        mustBeConcluded(command);
        mustBeOpen(command);
        if (inForceFrom != null) {
            throw new RuleViolation(AgreementRule.ALREADY_IN_FORCE, "Agreement " + agreementId
                    + " cannot be applied provisionally on " + command.occurredOn() + ": it is in force since "
                    + inForceFrom + ".");
        }
        if (status == AgreementStatus.PROVISIONALLY_APPLIED || status == AgreementStatus.SUSPENDED) {
            throw new RuleViolation(AgreementRule.ALREADY_PROVISIONALLY_APPLIED, "Agreement " + agreementId
                    + " is already applied provisionally (refused again on " + command.occurredOn() + ").");
        }
        if (signedOn.isEmpty()) {
            throw new RuleViolation(AgreementRule.PROVISIONAL_APPLICATION_BEFORE_SIGNATURE, "Agreement "
                    + agreementId + " cannot be applied provisionally on " + command.occurredOn()
                    + ": no party has signed it.");
        }
        apply(new AgreementProvisionallyApplied(agreementId, command.occurredOn(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AmendAgreement command) {
        mustBeConcluded(command);
        mustBeOpen(command);
        mustBeInForce(command, "be amended", true);
        apply(new AgreementAmended(agreementId, command.occurredOn(), command.description(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SuspendAgreement command) {
        mustBeConcluded(command);
        mustBeOpen(command);
        if (status == AgreementStatus.SUSPENDED) {
            throw new RuleViolation(AgreementRule.ALREADY_SUSPENDED, "Agreement " + agreementId
                    + " is already suspended (refused again on " + command.occurredOn() + ").");
        }
        mustBeInForce(command, "be suspended", false);
        apply(new AgreementSuspended(agreementId, command.occurredOn(), command.reason(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ResumeAgreement command) {
        mustBeConcluded(command);
        mustBeOpen(command);
        if (status != AgreementStatus.SUSPENDED) {
            throw new RuleViolation(AgreementRule.NOT_SUSPENDED, "Agreement " + agreementId
                    + " cannot resume on " + command.occurredOn() + ": it is not suspended.");
        }
        apply(new AgreementResumed(agreementId, command.occurredOn(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(TerminateAgreement command) {
        mustBeConcluded(command);
        mustBeOpen(command);
        mustBeInForce(command, "be terminated", true);
        LocalDate effectiveOn = switch (command.ground()) {
            case DENUNCIATION -> denunciationTakesEffect(command);
            case SUPERSEDED -> {
                mustNameASuccessor(command);
                yield effectiveOn(command, command.occurredOn());
            }
            case MUTUAL_CONSENT -> effectiveOn(command, command.occurredOn());
        };
        apply(new AgreementTerminated(agreementId, command.occurredOn(), effectiveOn, command.ground(),
                command.party(), command.supersededBy(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterAgreement command) {
        mustBeConcluded(command);
        mustBeOpen(command);
        if (registered) {
            throw new RuleViolation(AgreementRule.ALREADY_REGISTERED, "Agreement " + agreementId
                    + " is already registered with the UN Secretariat (refused: " + command.registrationNumber()
                    + " on " + command.occurredOn() + ").");
        }
        if (inForceFrom == null) {
            throw new RuleViolation(AgreementRule.REGISTRATION_BEFORE_ENTRY_INTO_FORCE, "Agreement " + agreementId
                    + " cannot be registered on " + command.occurredOn()
                    + ": only an agreement in force is registered (UN Charter art. 102).");
        }
        apply(new AgreementRegistered(agreementId, command.occurredOn(), command.registrationNumber(),
                command.sources()));
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private void mustNotBeConcludedYet(ConcludeAgreement command) {
        if (agreementId != null) {
            throw new RuleViolation(AgreementRule.ALREADY_CONCLUDED, "Agreement " + agreementId
                    + " cannot be concluded on " + command.occurredOn() + ": it was already concluded on "
                    + concludedOn + "; an id is concluded once (amend the agreement, or give the new one another id).");
        }
    }

    private void mustBeConcluded(AgreementCommand command) {
        if (agreementId == null) {
            throw new RuleViolation(AgreementRule.UNKNOWN, "Agreement " + command.agreementId() + " is unknown: it "
                    + "was never concluded, so nothing can happen to it yet (refused: " + describe(command) + ").");
        }
    }

    private static void mustHaveTwoParties(ConcludeAgreement command) {
        if (command.parties().size() < 2) {
            throw new RuleViolation(AgreementRule.TOO_FEW_PARTIES, "Agreement " + command.agreementId()
                    + " needs at least two different parties; it names " + command.parties() + ".");
        }
    }

    private static void mustHaveASector(ConcludeAgreement command) {
        if (command.sectors().isEmpty()) {
            throw new RuleViolation(AgreementRule.WITHOUT_SECTOR, "Agreement " + command.agreementId()
                    + " must name at least one sector it covers.");
        }
    }

    private static void nonBindingInstrumentMustNotRequireRatification(ConcludeAgreement command) {
        if (!command.kind().isBinding() && command.entryIntoForce().requiresRatification()) {
            throw new RuleViolation(AgreementRule.NON_BINDING_REQUIRES_RATIFICATION, "Agreement "
                    + command.agreementId() + " is a " + command.kind().label()
                    + ", which is not binding and is never ratified, so it cannot enter into force "
                    + command.entryIntoForce().describe() + ".");
        }
    }

    private static void periodMustBePositive(AgreementId id, LocalDate from, Period period, String what) {
        if (period != null && !from.plus(period).isAfter(from)) {
            throw new RuleViolation(AgreementRule.PERIOD_NOT_POSITIVE, "Agreement " + id + " cannot have a " + what
                    + " of " + period + ": it must be longer than zero.");
        }
    }

    private static void entryIntoForceRuleMustMakeSense(ConcludeAgreement command) {
        if (command.entryIntoForce() instanceof EntryIntoForceRule.DaysAfterLastRatification after
                && after.days() < 1) {
            throw new RuleViolation(AgreementRule.PERIOD_NOT_POSITIVE, "Agreement " + command.agreementId()
                    + " cannot enter into force " + after.days() + " days after the last ratification: "
                    + "give at least one day, or choose entry into force on the last ratification.");
        }
        if (command.entryIntoForce() instanceof EntryIntoForceRule.OnFixedDate fixed
                && fixed.date().isBefore(command.occurredOn())) {
            throw new RuleViolation(AgreementRule.ENTRY_INTO_FORCE_BEFORE_CONCLUSION, "Agreement "
                    + command.agreementId() + " cannot enter into force on " + fixed.date()
                    + ", before it was concluded on " + command.occurredOn() + ".");
        }
    }

    /** Nothing happens after termination or expiry, and no step is dated before the last one recorded. */
    private void mustBeOpen(AgreementCommand command) {
        if (terminatedOn != null) {
            throw new RuleViolation(AgreementRule.TERMINATED, "Agreement " + agreementId + " was terminated on "
                    + terminatedOn + "; nothing more can happen to it (refused: " + describe(command) + ").");
        }
        if (expiresOn != null && !command.occurredOn().isBefore(expiresOn)) {
            throw new RuleViolation(AgreementRule.EXPIRED, "Agreement " + agreementId + " expired on " + expiresOn
                    + " at the end of its term of " + term + "; nothing more can happen to it (refused: "
                    + describe(command) + ").");
        }
        if (command.occurredOn().isBefore(latestOn)) {
            throw new RuleViolation(AgreementRule.DATE_BEFORE_PREVIOUS_STEP, "Agreement " + agreementId
                    + " cannot record " + describe(command) + ": its history already reaches " + latestOn
                    + ", and dates never run backwards through its lifecycle.");
        }
    }

    private void mustBeAParty(AgreementCommand command, Country country, String what) {
        if (!parties.contains(country.code())) {
            throw new RuleViolation(AgreementRule.NOT_A_PARTY, country + " cannot " + what + " agreement "
                    + agreementId + " on " + command.occurredOn() + ": its parties are " + parties + ".");
        }
    }

    private void signatoryMustServeTheParty(Signature signature) {
        if (signature.signatory() != null && !signature.signatory().country().equals(signature.party())) {
            throw new RuleViolation(AgreementRule.SIGNATORY_OF_ANOTHER_COUNTRY, signature.signatory()
                    + " cannot sign agreement " + agreementId + " for " + signature.party()
                    + ": a signatory signs for the country they serve.");
        }
    }

    private void mustBeInForce(AgreementCommand command, String what, boolean evenIfSuspended) {
        boolean inForce = status == AgreementStatus.IN_FORCE || status == AgreementStatus.PROVISIONALLY_APPLIED
                || (evenIfSuspended && status == AgreementStatus.SUSPENDED);
        if (!inForce) {
            throw new RuleViolation(AgreementRule.NOT_IN_FORCE, "Agreement " + agreementId + " cannot " + what
                    + " on " + command.occurredOn() + ": it is " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", not in force or provisionally applied.");
        }
    }

    private LocalDate denunciationTakesEffect(TerminateAgreement command) {
        if (command.party() == null) {
            throw new RuleViolation(AgreementRule.DENUNCIATION_WITHOUT_PARTY, "Agreement " + agreementId
                    + " cannot be denounced on " + command.occurredOn() + " without naming the denouncing party.");
        }
        mustBeAParty(command, command.party(), "denounce");
        Period notice = denunciationNotice == null ? DEFAULT_DENUNCIATION_NOTICE : denunciationNotice;
        LocalDate earliest = command.occurredOn().plus(notice);
        if (command.effectiveOn() != null && command.effectiveOn().isBefore(earliest)) {
            throw new RuleViolation(AgreementRule.DENUNCIATION_NOTICE_TOO_SHORT, "Agreement " + agreementId
                    + " denounced by " + command.party() + " on " + command.occurredOn() + " cannot end on "
                    + command.effectiveOn() + ": a notice of " + notice + " runs until " + earliest
                    + (denunciationNotice == null ? " (VCLT art. 56)." : "."));
        }
        return command.effectiveOn() == null ? earliest : command.effectiveOn();
    }

    private void mustNameASuccessor(TerminateAgreement command) {
        if (command.supersededBy() == null) {
            throw new RuleViolation(AgreementRule.SUPERSEDED_WITHOUT_SUCCESSOR, "Agreement " + agreementId
                    + " cannot be superseded on " + command.occurredOn() + " without naming the agreement that supersedes it.");
        }
        if (command.supersededBy().equals(agreementId)) {
            throw new RuleViolation(AgreementRule.SUPERSEDED_BY_ITSELF, "Agreement " + agreementId
                    + " cannot supersede itself.");
        }
    }

    private LocalDate effectiveOn(TerminateAgreement command, LocalDate byDefault) {
        if (command.effectiveOn() == null) {
            return byDefault;
        }
        if (command.effectiveOn().isBefore(command.occurredOn())) {
            throw new RuleViolation(AgreementRule.TERMINATION_EFFECTIVE_BEFORE_DECISION, "Agreement " + agreementId
                    + " cannot be terminated on " + command.occurredOn() + " with effect from the earlier date "
                    + command.effectiveOn() + ".");
        }
        return command.effectiveOn();
    }

    private void enterIntoForce(LocalDate on, AgreementCommand cause) {
        LocalDate expires = term == null ? null : on.plus(term);
        apply(new AgreementEnteredIntoForce(agreementId, on, expires, cause.sources()));
    }

    private static String describe(AgreementCommand command) {
        return command.getClass().getSimpleName() + " on " + command.occurredOn();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // --- state -------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(AgreementConcluded event) {
        aggregateId = event.agreementId().aggregateId();
        agreementId = event.agreementId();
        kind = event.kind();
        parties = new ArrayList<>(event.parties().stream().map(Country::code).toList());
        entryIntoForce = event.entryIntoForce();
        term = event.term();
        denunciationNotice = event.denunciationNotice();
        status = AgreementStatus.CONCLUDED;
        concludedOn = event.occurredOn();
        latestOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        event.signatures().forEach(signature -> signedOn.put(signature.party().code(), event.occurredOn()));
        if (status == AgreementStatus.CONCLUDED) {
            status = AgreementStatus.SIGNED;
        }
        latestOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementRatified event) {
        ratifiedOn.put(event.party().code(), event.occurredOn());
        latestOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementEnteredIntoForce event) {
        // A provisional application suspended before the entry into force stays suspended until resumed.
        status = status == AgreementStatus.SUSPENDED ? AgreementStatus.SUSPENDED : AgreementStatus.IN_FORCE;
        inForceFrom = event.occurredOn();
        expiresOn = event.expiresOn();
        latestOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementProvisionallyApplied event) {
        status = AgreementStatus.PROVISIONALLY_APPLIED;
        latestOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementAmended event) {
        latestOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementSuspended event) {
        status = AgreementStatus.SUSPENDED;
        latestOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementResumed event) {
        status = inForceFrom == null ? AgreementStatus.PROVISIONALLY_APPLIED : AgreementStatus.IN_FORCE;
        latestOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        status = AgreementStatus.TERMINATED;
        terminatedOn = event.occurredOn();
        latestOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementRegistered event) {
        registered = true;
        latestOn = event.occurredOn();
    }
}
