package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.PartialDates;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of an {@link Agreement} as pure functions: which events a command records, and what each changes. The
 * agreement applies its own entry into force when its rule is met, so a signature or a ratification may record two
 * events.
 */
public final class AgreementDecider implements Decider<AgreementState, AgreementCommand, AgreementEvent> {

    /** The one instance; it holds no state. */
    public static final AgreementDecider INSTANCE = new AgreementDecider();

    /** VCLT art. 56(2): a denunciation with no notice period agreed takes effect twelve months after notice. */
    static final Period DEFAULT_DENUNCIATION_NOTICE = Period.ofMonths(12);

    private AgreementDecider() {
    }

    @Override
    public AgreementState initial() {
        return AgreementState.INITIAL;
    }

    @Override
    public List<AgreementEvent> decide(AgreementState state, AgreementCommand command) {
        if (command instanceof ConcludeAgreement c) {
            return List.of(conclude(state, c));
        }
        if (command instanceof SignAgreement c) {
            return sign(state, c);
        }
        if (command instanceof RatifyAgreement c) {
            return ratify(state, c);
        }
        if (command instanceof NotifyAgreement c) {
            return notification(state, c);
        }
        if (command instanceof RecordEntryIntoForce c) {
            return List.of(recordEntryIntoForce(state, c));
        }
        if (command instanceof ApplyAgreementProvisionally c) {
            return List.of(applyProvisionally(state, c));
        }
        if (command instanceof AmendAgreement c) {
            return List.of(amend(state, c));
        }
        if (command instanceof SuspendAgreement c) {
            return List.of(suspend(state, c));
        }
        if (command instanceof ResumeAgreement c) {
            return List.of(resume(state, c));
        }
        if (command instanceof TerminateAgreement c) {
            return List.of(terminate(state, c));
        }
        if (command instanceof RegisterAgreement c) {
            return List.of(register(state, c));
        }
        throw new IllegalArgumentException("An agreement has no rule for " + command.getClass().getName());
    }

    static AgreementConcluded conclude(AgreementState state, ConcludeAgreement command) {
        mustNotBeConcludedYet(state, command);
        mustHaveTwoParties(command);
        mustHaveASector(command);
        nonBindingInstrumentMustNotRequireRatification(command);
        periodMustBePositive(command.agreementId(), command.occurredOn(), command.term(), "term");
        periodMustBePositive(command.agreementId(), command.occurredOn(), command.denunciationNotice(),
                "denunciation notice");
        entryIntoForceRuleMustMakeSense(command);
        renewalNeedsATerm(command);
        periodMustBePositive(command.agreementId(), command.occurredOn(), command.renewal(), "renewal period");
        mustNotLinkToItself(command);
        return new AgreementConcluded(command.agreementId(), command.occurredOn(), command.title(), command.kind(),
                command.parties(), command.sectors(), command.areas(), command.entryIntoForce(), command.term(),
                command.denunciationNotice(), command.sources(), command.binding(), command.renewal(),
                command.amends(), command.supersedes(), command.dateAsWritten());
    }

    static List<AgreementEvent> sign(AgreementState state, SignAgreement command) {
        mustBeConcluded(state, command);
        mustBeOpen(state, command);
        Set<String> signingNow = new HashSet<>();
        for (Signature signature : command.signatures()) {
            mustBeAParty(state, command, signature.party(), "sign");
            signatoryMustServeTheParty(state, signature);
            eachPartySignsOnce(state, command, signature, signingNow);
        }
        AgreementSigned signed = new AgreementSigned(state.agreementId(), command.occurredOn(), command.place(),
                command.signatures(), command.duringVisit(), command.sources(), command.dateAsWritten());
        AgreementState after = INSTANCE.evolve(state, signed);
        if (after.signedOn().size() == after.parties().size()) {
            String inputs = "the last signature, on " + command.writtenDate();
            if (after.entryIntoForce() instanceof EntryIntoForceRule.OnSignature) {
                return withEntryIntoForce(signed, after, PartialDates.derive(command.writtenDate(), day -> day),
                        command, inputs);
            }
            if (after.entryIntoForce() instanceof EntryIntoForceRule.OnFixedDate fixed) {
                return withEntryIntoForce(signed, after,
                        PartialDates.derive(command.writtenDate(), day -> later(fixed.date(), day)), command, inputs);
            }
        }
        return List.of(signed);
    }

    static List<AgreementEvent> ratify(AgreementState state, RatifyAgreement command) {
        mustBeConcluded(state, command);
        mustBeOpen(state, command);
        if (!state.binding()) {
            throw new RuleViolation(AgreementRule.NON_BINDING_CANNOT_BE_RATIFIED, "Agreement " + state.agreementId()
                    + " is a " + state.kind().label() + ", which is not binding and cannot be ratified (refused: "
                    + command.party() + " on " + command.occurredOn() + ").");
        }
        if (!state.entryIntoForce().acceptsConsent()) {
            throw new RuleViolation(AgreementRule.RATIFICATION_NOT_REQUIRED, "Agreement " + state.agreementId()
                    + " enters into force " + state.entryIntoForce().describe() + " and takes no ratification (refused: "
                    + command.party() + " on " + command.occurredOn() + ").");
        }
        mustBeAParty(state, command, command.party(), "ratify");
        String party = command.party().code();
        if (!state.signedOn().containsKey(party)) {
            throw new RuleViolation(AgreementRule.RATIFICATION_BEFORE_SIGNATURE, "Agreement " + state.agreementId()
                    + " cannot be ratified by " + party + " on " + command.occurredOn() + ": " + party
                    + " has not signed it.");
        }
        if (state.ratifiedOn().containsKey(party)) {
            throw new RuleViolation(AgreementRule.ALREADY_RATIFIED_BY_PARTY, "Agreement " + state.agreementId()
                    + " cannot be ratified by " + party + " on " + command.occurredOn() + ": " + party
                    + " already ratified it on " + state.ratifiedOn().get(party) + ".");
        }
        AgreementRatified ratified = new AgreementRatified(state.agreementId(), command.occurredOn(), command.party(),
                command.consent(), command.sources(), command.dateAsWritten());
        return withDerivedEntryIntoForce(ratified, INSTANCE.evolve(state, ratified),
                EntryIntoForceRule.ConsentStep.RATIFICATION, command.party(), command);
    }

    static List<AgreementEvent> notification(AgreementState state, NotifyAgreement command) {
        mustBeConcluded(state, command);
        mustBeOpen(state, command);
        if (!state.binding()) {
            throw new RuleViolation(AgreementRule.NON_BINDING_CANNOT_BE_NOTIFIED, "Agreement " + state.agreementId()
                    + " is a " + state.kind().label() + ", which is not binding: no party notifies the completion "
                    + "of procedures for it (refused: " + command.party() + " on " + command.occurredOn() + ").");
        }
        if (!state.entryIntoForce().acceptsConsent()) {
            throw new RuleViolation(AgreementRule.NOTIFICATION_NOT_REQUIRED, "Agreement " + state.agreementId()
                    + " enters into force " + state.entryIntoForce().describe() + " and takes no notification "
                    + "(refused: " + command.party() + " on " + command.occurredOn() + ").");
        }
        mustBeAParty(state, command, command.party(), "notify");
        String party = command.party().code();
        if (!state.signedOn().containsKey(party)) {
            throw new RuleViolation(AgreementRule.NOTIFICATION_BEFORE_SIGNATURE, "Agreement " + state.agreementId()
                    + " cannot be notified by " + party + " on " + command.occurredOn() + ": " + party
                    + " has not signed it.");
        }
        if (state.notifiedOn().containsKey(party)) {
            throw new RuleViolation(AgreementRule.ALREADY_NOTIFIED_BY_PARTY, "Agreement " + state.agreementId()
                    + " cannot be notified by " + party + " on " + command.occurredOn() + ": " + party
                    + " already notified it on " + state.notifiedOn().get(party) + ".");
        }
        AgreementNotified notified = new AgreementNotified(state.agreementId(), command.occurredOn(), command.party(),
                command.sources(), command.dateAsWritten());
        return withDerivedEntryIntoForce(notified, INSTANCE.evolve(state, notified),
                EntryIntoForceRule.ConsentStep.NOTIFICATION, command.party(), command);
    }

    /** The step, and the entry into force its rule derives when this step meets it. */
    private static List<AgreementEvent> withDerivedEntryIntoForce(AgreementEvent step, AgreementState after,
                                                                  EntryIntoForceRule.ConsentStep kind, Country party,
                                                                  AgreementCommand command) {
        int count = after.consented(kind).size();
        int parties = after.parties().size();
        if (after.entryIntoForce().metBy(kind, count, parties, command.occurredOn()) == null) {
            return List.of(step);
        }
        // The rule never runs backwards, so applied to both ends of a partial date it gives the interval it lies in.
        WrittenDate on = PartialDates.derive(command.writtenDate(),
                day -> after.entryIntoForce().metBy(kind, count, parties, day));
        String inputs = party.name() + "'s " + kind.label() + " of " + command.writtenDate();
        return withEntryIntoForce(step, after, on, command, inputs);
    }

    /**
     * The step, and the entry into force on {@code on}; the step alone when no date can be derived from a partial one
     * without inventing it (ADR 0023): the entry into force is then not on record until the sources state it.
     */
    private static List<AgreementEvent> withEntryIntoForce(AgreementEvent step, AgreementState after, WrittenDate on,
                                                           AgreementCommand cause, String inputs) {
        return on == null ? List.of(step) : List.of(step, enterIntoForce(after, on, cause, inputs));
    }

    static AgreementEnteredIntoForce recordEntryIntoForce(AgreementState state, RecordEntryIntoForce command) {
        mustBeConcluded(state, command);
        if (state.terminatedOn() != null) {
            mustBeOpen(state, command);
        }
        if (state.observedInForce()) {
            throw new RuleViolation(AgreementRule.ENTRY_INTO_FORCE_ALREADY_RECORDED, "Agreement "
                    + state.agreementId() + " cannot enter into force on " + command.occurredOn()
                    + ": the entry into force the sources state is already recorded, on " + state.inForceFrom()
                    + ".");
        }
        LocalDate firstSigned = state.signedFrom();
        if (firstSigned == null || PartialDates.certainlyBefore(command.writtenDate(), firstSigned)) {
            throw new RuleViolation(AgreementRule.ENTRY_INTO_FORCE_BEFORE_SIGNATURE, "Agreement "
                    + state.agreementId() + " cannot enter into force on " + command.writtenDate() + ": "
                    + (firstSigned == null ? "no party has signed it yet" : "it was first signed on or after "
                    + firstSigned) + ".");
        }
        WrittenDate expiry = expiry(state, command.writtenDate());
        return new AgreementEnteredIntoForce(state.agreementId(), command.occurredOn(),
                expiry == null ? null : expiry.latest(), command.sources(), true, null, null, command.dateAsWritten(),
                expiry);
    }

    static AgreementProvisionallyApplied applyProvisionally(AgreementState state, ApplyAgreementProvisionally command) {
        mustBeConcluded(state, command);
        mustBeOpen(state, command);
        if (state.inForceFrom() != null) {
            throw new RuleViolation(AgreementRule.ALREADY_IN_FORCE, "Agreement " + state.agreementId()
                    + " cannot be applied provisionally on " + command.occurredOn() + ": it is in force since "
                    + state.inForceFrom() + ".");
        }
        if (state.status() == AgreementStatus.PROVISIONALLY_APPLIED || state.status() == AgreementStatus.SUSPENDED) {
            throw new RuleViolation(AgreementRule.ALREADY_PROVISIONALLY_APPLIED, "Agreement " + state.agreementId()
                    + " is already applied provisionally (refused again on " + command.occurredOn() + ").");
        }
        if (state.signedOn().isEmpty()) {
            throw new RuleViolation(AgreementRule.PROVISIONAL_APPLICATION_BEFORE_SIGNATURE, "Agreement "
                    + state.agreementId() + " cannot be applied provisionally on " + command.occurredOn()
                    + ": no party has signed it.");
        }
        return new AgreementProvisionallyApplied(state.agreementId(), command.occurredOn(), command.sources(),
                command.dateAsWritten());
    }

    static AgreementAmended amend(AgreementState state, AmendAgreement command) {
        mustBeConcluded(state, command);
        mustBeOpen(state, command);
        mustBeInForce(state, command, "be amended", true);
        return new AgreementAmended(state.agreementId(), command.occurredOn(), command.description(),
                command.sources(), command.dateAsWritten());
    }

    static AgreementSuspended suspend(AgreementState state, SuspendAgreement command) {
        mustBeConcluded(state, command);
        mustBeOpen(state, command);
        if (state.status() == AgreementStatus.SUSPENDED) {
            throw new RuleViolation(AgreementRule.ALREADY_SUSPENDED, "Agreement " + state.agreementId()
                    + " is already suspended (refused again on " + command.occurredOn() + ").");
        }
        mustBeInForce(state, command, "be suspended", false);
        return new AgreementSuspended(state.agreementId(), command.occurredOn(), command.reason(), command.sources(),
                command.dateAsWritten());
    }

    static AgreementResumed resume(AgreementState state, ResumeAgreement command) {
        mustBeConcluded(state, command);
        mustBeOpen(state, command);
        if (state.status() != AgreementStatus.SUSPENDED) {
            throw new RuleViolation(AgreementRule.NOT_SUSPENDED, "Agreement " + state.agreementId()
                    + " cannot resume on " + command.occurredOn() + ": it is not suspended.");
        }
        return new AgreementResumed(state.agreementId(), command.occurredOn(), command.sources(),
                command.dateAsWritten());
    }

    static AgreementTerminated terminate(AgreementState state, TerminateAgreement command) {
        mustBeConcluded(state, command);
        mustBeOpen(state, command);
        mustBeInForce(state, command, "be terminated", true);
        LocalDate effectiveOn = switch (command.ground()) {
            case DENUNCIATION -> denunciationTakesEffect(state, command);
            case SUPERSEDED -> {
                mustNameASuccessor(state, command);
                yield effectiveOn(state, command, command.occurredOn());
            }
            case MUTUAL_CONSENT -> effectiveOn(state, command, command.occurredOn());
            case NON_RENEWAL -> endOfThePeriodAfterNotice(state, command);
        };
        return new AgreementTerminated(state.agreementId(), command.occurredOn(), effectiveOn, command.ground(),
                command.party(), command.supersededBy(), command.sources(), command.dateAsWritten());
    }

    static AgreementRegistered register(AgreementState state, RegisterAgreement command) {
        mustBeConcluded(state, command);
        mustBeOpen(state, command);
        if (state.registered()) {
            throw new RuleViolation(AgreementRule.ALREADY_REGISTERED, "Agreement " + state.agreementId()
                    + " is already registered with the UN Secretariat (refused: " + command.registrationNumber()
                    + " on " + command.occurredOn() + ").");
        }
        if (state.inForceFrom() == null) {
            throw new RuleViolation(AgreementRule.REGISTRATION_BEFORE_ENTRY_INTO_FORCE, "Agreement "
                    + state.agreementId() + " cannot be registered on " + command.occurredOn()
                    + ": only an agreement in force is registered (UN Charter art. 102).");
        }
        return new AgreementRegistered(state.agreementId(), command.occurredOn(), command.registrationNumber(),
                command.sources(), command.dateAsWritten());
    }

    // --- rules -------------------------------------------------------------------------------------------------

    static void mustNotBeConcludedYet(AgreementState state, ConcludeAgreement command) {
        if (state.concluded()) {
            throw new RuleViolation(AgreementRule.ALREADY_CONCLUDED, "Agreement " + state.agreementId()
                    + " cannot be concluded on " + command.occurredOn() + ": it was already concluded on "
                    + state.concludedOn()
                    + "; an id is concluded once (amend the agreement, or give the new one another id).");
        }
    }

    static void mustBeConcluded(AgreementState state, AgreementCommand command) {
        if (!state.concluded()) {
            throw new RuleViolation(AgreementRule.UNKNOWN, "Agreement " + command.agreementId() + " is unknown: it "
                    + "was never concluded, so nothing can happen to it yet (refused: " + describe(command) + ").");
        }
    }

    static void mustHaveTwoParties(ConcludeAgreement command) {
        if (command.parties().size() < 2) {
            throw new RuleViolation(AgreementRule.TOO_FEW_PARTIES, "Agreement " + command.agreementId()
                    + " needs at least two different parties; it names " + command.parties() + ".");
        }
    }

    static void mustHaveASector(ConcludeAgreement command) {
        if (command.sectors().isEmpty()) {
            throw new RuleViolation(AgreementRule.WITHOUT_SECTOR, "Agreement " + command.agreementId()
                    + " must name at least one sector it covers.");
        }
    }

    static void nonBindingInstrumentMustNotRequireRatification(ConcludeAgreement command) {
        if (!command.bindsParties() && command.entryIntoForce().requiresRatification()) {
            throw new RuleViolation(AgreementRule.NON_BINDING_REQUIRES_RATIFICATION, "Agreement "
                    + command.agreementId() + " is a " + command.kind().label()
                    + ", which is not binding and is never ratified, so it cannot enter into force "
                    + command.entryIntoForce().describe() + ".");
        }
    }

    static void periodMustBePositive(AgreementId id, LocalDate from, Period period, String what) {
        if (period != null && !from.plus(period).isAfter(from)) {
            throw new RuleViolation(AgreementRule.PERIOD_NOT_POSITIVE, "Agreement " + id + " cannot have a " + what
                    + " of " + period + ": it must be longer than zero.");
        }
    }

    static void renewalNeedsATerm(ConcludeAgreement command) {
        if (command.renewal() != null && command.term() == null) {
            throw new RuleViolation(AgreementRule.RENEWAL_WITHOUT_TERM, "Agreement " + command.agreementId()
                    + " cannot renew every " + command.renewal() + " without a first term: give its term too.");
        }
    }

    static void mustNotLinkToItself(ConcludeAgreement command) {
        if (command.agreementId().equals(command.amends()) || command.agreementId().equals(command.supersedes())) {
            throw new RuleViolation(AgreementRule.LINKED_TO_ITSELF, "Agreement " + command.agreementId()
                    + " cannot amend or supersede itself.");
        }
    }

    static void entryIntoForceRuleMustMakeSense(ConcludeAgreement command) {
        Integer nth = command.entryIntoForce() instanceof EntryIntoForceRule.DaysAfter after ? after.nth()
                : command.entryIntoForce() instanceof EntryIntoForceRule.FirstDayOfMonthAfter first ? first.nth()
                : null;
        if (nth != null && nth > command.parties().size()) {
            throw new RuleViolation(AgreementRule.ENTRY_INTO_FORCE_RULE_CANNOT_BE_MET, "Agreement "
                    + command.agreementId() + " cannot enter into force " + command.entryIntoForce().describe()
                    + ": it has only " + command.parties().size() + " parties.");
        }
        if (command.entryIntoForce() instanceof EntryIntoForceRule.DaysAfterLastRatification after
                && after.days() < 1) {
            throw new RuleViolation(AgreementRule.PERIOD_NOT_POSITIVE, "Agreement " + command.agreementId()
                    + " cannot enter into force " + after.days() + " days after the last ratification: "
                    + "give at least one day, or choose entry into force on the last ratification.");
        }
        if (command.entryIntoForce() instanceof EntryIntoForceRule.OnFixedDate fixed
                && PartialDates.certainlyBefore(WrittenDate.day(fixed.date()),
                        PartialDates.certainStart(command.writtenDate()))) {
            throw new RuleViolation(AgreementRule.ENTRY_INTO_FORCE_BEFORE_CONCLUSION, "Agreement "
                    + command.agreementId() + " cannot enter into force on " + fixed.date()
                    + ", before it was concluded on " + command.occurredOn() + ".");
        }
    }

    /** Nothing happens after termination or expiry, and no step is dated before the last one recorded. */
    static void mustBeOpen(AgreementState state, AgreementCommand command) {
        if (state.terminatedOn() != null) {
            throw new RuleViolation(AgreementRule.TERMINATED, "Agreement " + state.agreementId()
                    + " was terminated on " + state.terminatedOn() + "; nothing more can happen to it (refused: "
                    + describe(command) + ").");
        }
        if (PartialDates.certainlyOnOrAfter(command.writtenDate(), state.expiresOn())) {
            throw new RuleViolation(AgreementRule.EXPIRED, "Agreement " + state.agreementId() + " expired on "
                    + state.expiresOn() + " at the end of its term of " + state.term()
                    + "; nothing more can happen to it (refused: " + describe(command) + ").");
        }
        if (PartialDates.certainlyBefore(command.writtenDate(), state.latestOn())) {
            throw new RuleViolation(AgreementRule.DATE_BEFORE_PREVIOUS_STEP, "Agreement " + state.agreementId()
                    + " cannot record " + describe(command) + ": its history already reaches " + state.latestOn()
                    + ", and dates never run backwards through its lifecycle.");
        }
    }

    static void mustBeAParty(AgreementState state, AgreementCommand command, Country country, String what) {
        if (!state.parties().contains(country.code())) {
            throw new RuleViolation(AgreementRule.NOT_A_PARTY, country + " cannot " + what + " agreement "
                    + state.agreementId() + " on " + command.occurredOn() + ": its parties are " + state.parties()
                    + ".");
        }
    }

    static void signatoryMustServeTheParty(AgreementState state, Signature signature) {
        if (signature.signatory() != null && !signature.signatory().country().equals(signature.party())) {
            throw new RuleViolation(AgreementRule.SIGNATORY_OF_ANOTHER_COUNTRY, signature.signatory()
                    + " cannot sign agreement " + state.agreementId() + " for " + signature.party()
                    + ": a signatory signs for the country they serve.");
        }
    }

    static void eachPartySignsOnce(AgreementState state, SignAgreement command, Signature signature,
                                   Set<String> signingNow) {
        String party = signature.party().code();
        if (state.signedOn().containsKey(party) || !signingNow.add(party)) {
            LocalDate earlier = state.signedOn().getOrDefault(party, command.occurredOn());
            throw new RuleViolation(AgreementRule.ALREADY_SIGNED_BY_PARTY, "Agreement " + state.agreementId()
                    + " cannot be signed for " + signature.party() + " on " + command.occurredOn() + ": "
                    + signature.party() + " already signed it on " + earlier + ".");
        }
    }

    static void mustBeInForce(AgreementState state, AgreementCommand command, String what, boolean evenIfSuspended) {
        AgreementStatus status = state.status();
        boolean inForce = status == AgreementStatus.IN_FORCE || status == AgreementStatus.PROVISIONALLY_APPLIED
                || (evenIfSuspended && status == AgreementStatus.SUSPENDED);
        if (!inForce) {
            throw new RuleViolation(AgreementRule.NOT_IN_FORCE, "Agreement " + state.agreementId() + " cannot " + what
                    + " on " + command.occurredOn() + ": it is "
                    + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", not in force or provisionally applied.");
        }
    }

    static LocalDate denunciationTakesEffect(AgreementState state, TerminateAgreement command) {
        if (command.party() == null) {
            throw new RuleViolation(AgreementRule.DENUNCIATION_WITHOUT_PARTY, "Agreement " + state.agreementId()
                    + " cannot be denounced on " + command.occurredOn() + " without naming the denouncing party.");
        }
        mustBeAParty(state, command, command.party(), "denounce");
        Period agreed = state.denunciationNotice();
        Period notice = agreed == null ? DEFAULT_DENUNCIATION_NOTICE : agreed;
        LocalDate earliest = command.occurredOn().plus(notice);
        LocalDate certainStart = PartialDates.certainStart(command.writtenDate());
        if (command.effectiveOn() != null && certainStart != null
                && command.effectiveOn().isBefore(certainStart.plus(notice))) {
            throw new RuleViolation(AgreementRule.DENUNCIATION_NOTICE_TOO_SHORT, "Agreement " + state.agreementId()
                    + " denounced by " + command.party() + " on " + command.occurredOn() + " cannot end on "
                    + command.effectiveOn() + ": a notice of " + notice + " runs until " + earliest
                    + (agreed == null ? " (VCLT art. 56)." : "."));
        }
        return command.effectiveOn() == null ? earliest : command.effectiveOn();
    }

    /**
     * A notice of non-renewal ends a renewing agreement at the end of the first period (its term, then each renewal)
     * that ends at least the agreed notice after the notice; with no notice agreed, at the end of the current period.
     */
    static LocalDate endOfThePeriodAfterNotice(AgreementState state, TerminateAgreement command) {
        if (state.renewal() == null) {
            throw new RuleViolation(AgreementRule.NOT_RENEWING, "Agreement " + state.agreementId()
                    + " does not renew automatically, so it cannot end by non-renewal (refused on "
                    + command.occurredOn() + "); record a denunciation or another ground.");
        }
        if (command.party() == null) {
            throw new RuleViolation(AgreementRule.DENUNCIATION_WITHOUT_PARTY, "Agreement " + state.agreementId()
                    + " cannot end by non-renewal on " + command.occurredOn()
                    + " without naming the party that gave notice.");
        }
        mustBeAParty(state, command, command.party(), "give notice of non-renewal of");
        if (state.inForceFrom() == null) {
            throw new RuleViolation(AgreementRule.NOT_IN_FORCE, "Agreement " + state.agreementId()
                    + " cannot end by non-renewal on " + command.occurredOn()
                    + ": its term runs from its entry into force, which is not recorded.");
        }
        LocalDate earliest = state.denunciationNotice() == null ? command.occurredOn()
                : command.occurredOn().plus(state.denunciationNotice());
        LocalDate end = endOfThePeriodReaching(state, earliest);
        // A notice given in part is refused only by the period its first possible day reaches (ADR 0023).
        LocalDate start = PartialDates.certainStart(command.writtenDate());
        LocalDate certainEnd = start == null ? null : endOfThePeriodReaching(state,
                state.denunciationNotice() == null ? start : start.plus(state.denunciationNotice()));
        if (command.effectiveOn() != null && certainEnd != null && command.effectiveOn().isBefore(certainEnd)) {
            throw new RuleViolation(AgreementRule.DENUNCIATION_NOTICE_TOO_SHORT, "Agreement " + state.agreementId()
                    + " cannot end by non-renewal on " + command.effectiveOn() + " after notice given on "
                    + command.writtenDate() + ": its current period ends on " + certainEnd + ".");
        }
        return command.effectiveOn() == null ? end : command.effectiveOn();
    }

    /** The end of the first period (the term, then each renewal) that ends on or after {@code day}. */
    private static LocalDate endOfThePeriodReaching(AgreementState state, LocalDate day) {
        LocalDate end = state.inForceFrom().plus(state.term());
        while (end.isBefore(day)) {
            end = end.plus(state.renewal());
        }
        return end;
    }

    static void mustNameASuccessor(AgreementState state, TerminateAgreement command) {
        if (command.supersededBy() == null) {
            throw new RuleViolation(AgreementRule.SUPERSEDED_WITHOUT_SUCCESSOR, "Agreement " + state.agreementId()
                    + " cannot be superseded on " + command.occurredOn()
                    + " without naming the agreement that supersedes it.");
        }
        if (command.supersededBy().equals(state.agreementId())) {
            throw new RuleViolation(AgreementRule.SUPERSEDED_BY_ITSELF, "Agreement " + state.agreementId()
                    + " cannot supersede itself.");
        }
    }

    static LocalDate effectiveOn(AgreementState state, TerminateAgreement command, LocalDate byDefault) {
        if (command.effectiveOn() == null) {
            return byDefault;
        }
        if (PartialDates.certainlyBefore(WrittenDate.day(command.effectiveOn()), PartialDates.certainStart(
                command.writtenDate()))) {
            throw new RuleViolation(AgreementRule.TERMINATION_EFFECTIVE_BEFORE_DECISION, "Agreement "
                    + state.agreementId() + " cannot be terminated on " + command.occurredOn()
                    + " with effect from the earlier date " + command.effectiveOn() + ".");
        }
        return command.effectiveOn();
    }

    /** The entry into force the rule derives, naming the rule and the step that met it, with that step's sources. */
    private static AgreementEnteredIntoForce enterIntoForce(AgreementState state, WrittenDate on,
                                                            AgreementCommand cause, String inputs) {
        WrittenDate expiry = expiry(state, on);
        return new AgreementEnteredIntoForce(state.agreementId(), on.latest(), expiry == null ? null : expiry.latest(),
                cause.sources(), false, state.entryIntoForce().describe(), inputs, on, expiry);
    }

    /**
     * The end of the term, counted from an entry into force perhaps given in part (ADR 0023); none when the term renews
     * automatically, since only a recorded ending ends it, or when a partial date gives no date for it.
     */
    private static WrittenDate expiry(AgreementState state, WrittenDate inForceFrom) {
        return state.term() == null || state.renewal() != null ? null
                : PartialDates.derive(inForceFrom, day -> day.plus(state.term()));
    }

    private static String describe(AgreementCommand command) {
        return command.getClass().getSimpleName() + " on " + command.writtenDate();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // --- state -------------------------------------------------------------------------------------------------

    @Override
    public AgreementState evolve(AgreementState state, AgreementEvent event) {
        if (event instanceof AgreementConcluded e) {
            List<String> parties = new ArrayList<>(e.parties().stream().map(Country::code).toList());
            return new AgreementState(e.agreementId(), e.kind(), parties, e.entryIntoForce(), e.term(),
                    e.denunciationNotice(), Map.of(), Map.of(), AgreementStatus.CONCLUDED, e.occurredOn(),
                    PartialDates.reaches(LocalDate.MIN, e), null, null, null, false, Map.of(), false, e.bindsParties(),
                    e.renewal(), null);
        }
        if (event instanceof AgreementSigned e) {
            Map<String, LocalDate> signed = new LinkedHashMap<>(state.signedOn());
            e.signatures().forEach(signature -> signed.put(signature.party().code(), e.occurredOn()));
            AgreementStatus status = state.status() == AgreementStatus.CONCLUDED ? AgreementStatus.SIGNED : state.status();
            LocalDate start = PartialDates.certainStart(e.writtenDate());
            LocalDate signedFrom = start == null ? LocalDate.MIN
                    : state.signedFrom() == null || start.isBefore(state.signedFrom()) ? start : state.signedFrom();
            return state.signed(signed, status, PartialDates.reaches(state.latestOn(), e), signedFrom);
        }
        if (event instanceof AgreementRatified e) {
            Map<String, LocalDate> ratified = new LinkedHashMap<>(state.ratifiedOn());
            ratified.put(e.party().code(), e.occurredOn());
            return state.ratified(ratified, PartialDates.reaches(state.latestOn(), e));
        }
        if (event instanceof AgreementNotified e) {
            Map<String, LocalDate> notified = new LinkedHashMap<>(state.notifiedOn());
            notified.put(e.party().code(), e.occurredOn());
            return state.notified(notified, PartialDates.reaches(state.latestOn(), e));
        }
        if (event instanceof AgreementEnteredIntoForce e) {
            // A provisional application suspended before the entry into force stays suspended until resumed.
            AgreementStatus status = state.status() == AgreementStatus.SUSPENDED
                    ? AgreementStatus.SUSPENDED : AgreementStatus.IN_FORCE;
            if (e.wasObserved()) {
                return state.observedInForce(status, e.occurredOn(), e.expiresOn());
            }
            return state.observedInForce() ? state.derivedBesideObserved(PartialDates.reaches(state.latestOn(), e))
                    : state.inForce(status, e.occurredOn(), e.expiresOn(), PartialDates.reaches(state.latestOn(), e));
        }
        if (event instanceof AgreementProvisionallyApplied e) {
            return state.step(AgreementStatus.PROVISIONALLY_APPLIED, PartialDates.reaches(state.latestOn(), e));
        }
        if (event instanceof AgreementAmended e) {
            return state.step(state.status(), PartialDates.reaches(state.latestOn(), e));
        }
        if (event instanceof AgreementSuspended e) {
            return state.step(AgreementStatus.SUSPENDED, PartialDates.reaches(state.latestOn(), e));
        }
        if (event instanceof AgreementResumed e) {
            return state.step(state.inForceFrom() == null ? AgreementStatus.PROVISIONALLY_APPLIED
                    : AgreementStatus.IN_FORCE, PartialDates.reaches(state.latestOn(), e));
        }
        if (event instanceof AgreementTerminated e) {
            return state.terminated(e.occurredOn(), PartialDates.reaches(state.latestOn(), e));
        }
        if (event instanceof AgreementRegistered e) {
            return state.registered(PartialDates.reaches(state.latestOn(), e));
        }
        throw new IllegalArgumentException("An agreement does not know the event " + event.getClass().getName());
    }

}
