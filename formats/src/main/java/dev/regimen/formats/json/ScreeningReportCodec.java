package dev.regimen.formats.json;

import dev.regimen.core.screening.ScreeningReport;
import tools.jackson.core.JsonGenerator;

/**
 * JSON codec of {@link ScreeningReport}: what was known of the person, every entry's screening,
 * the advisories that apply and the others, the personalised protocol (absent when every entry is
 * to be avoided) and what the screening could not judge.
 */
final class ScreeningReportCodec {
  static final String PROTOCOL_ID = "protocolId";
  static final String PROTOCOL_TITLE = "protocolTitle";
  static final String PROFILE = "profile";
  static final String ENTRIES = "entries";
  static final String ADVISORIES = "advisories";
  static final String OTHER_ADVISORIES = "otherAdvisories";
  static final String PERSONALISED = "personalised";
  static final String UNKNOWN_CONDITION_IDS = "unknownConditionIds";
  static final String UNMATCHED_FINDING_IDS = "unmatchedFindingIds";

  static final Fields FIELDS =
      Fields.of(
          PROTOCOL_ID,
          PROTOCOL_TITLE,
          PROFILE,
          ENTRIES,
          ADVISORIES,
          OTHER_ADVISORIES,
          PERSONALISED,
          UNKNOWN_CONDITION_IDS,
          UNMATCHED_FINDING_IDS);
  private static final int REQUIRED = FIELDS.mask(PROTOCOL_ID, PROTOCOL_TITLE, PROFILE, ENTRIES);

  private ScreeningReportCodec() {}

  static void write(JsonGenerator g, ScreeningReport report) {
    g.writeStartObject();
    g.writeStringProperty(PROTOCOL_ID, report.protocolId());
    g.writeStringProperty(PROTOCOL_TITLE, report.protocolTitle());
    g.writeName(PROFILE);
    PatientProfileCodec.write(g, report.profile());
    JsonOut.list(g, ENTRIES, report.entries(), EntryScreeningCodec::write);
    JsonOut.list(g, ADVISORIES, report.advisories(), ApplicableAdvisoryCodec::write);
    JsonOut.list(g, OTHER_ADVISORIES, report.otherAdvisories(), AdvisoryCodec::write);
    if (report.personalised().isPresent()) {
      g.writeName(PERSONALISED);
      ProtocolCodec.write(g, report.personalised().get());
    }
    JsonOut.strings(g, UNKNOWN_CONDITION_IDS, report.unknownConditionIds());
    JsonOut.strings(g, UNMATCHED_FINDING_IDS, report.unmatchedFindingIds());
    g.writeEndObject();
  }

  static ScreeningReport read(JsonIn in) {
    Object mark = in.beginObject();
    ScreeningReport.Builder b = ScreeningReport.builder();
    int seen = 0;
    for (String name = in.name(); name != null; name = in.name()) {
      seen = in.seen(FIELDS, name, seen);
      switch (name) {
        case PROTOCOL_ID:
          b.protocolId(in.next().string());
          break;
        case PROTOCOL_TITLE:
          b.protocolTitle(in.next().string());
          break;
        case PROFILE:
          b.profile(PatientProfileCodec.read(in.next()));
          break;
        case ENTRIES:
          in.next().array(() -> b.addEntries(EntryScreeningCodec.read(in)));
          break;
        case ADVISORIES:
          in.next().array(() -> b.addAdvisories(ApplicableAdvisoryCodec.read(in)));
          break;
        case OTHER_ADVISORIES:
          in.next().array(() -> b.addOtherAdvisories(AdvisoryCodec.read(in)));
          break;
        case PERSONALISED:
          b.personalised(ProtocolCodec.read(in.next()));
          break;
        case UNKNOWN_CONDITION_IDS:
          in.next().array(() -> b.addUnknownConditionIds(in.string()));
          break;
        case UNMATCHED_FINDING_IDS:
          in.next().array(() -> b.addUnmatchedFindingIds(in.string()));
          break;
        default:
          throw in.unhandled(name);
      }
    }
    in.require(FIELDS, seen, REQUIRED, mark);
    return in.build(b::build, mark);
  }
}
