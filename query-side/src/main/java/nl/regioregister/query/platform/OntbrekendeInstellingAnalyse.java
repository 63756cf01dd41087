package nl.regioregister.query.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing required setting into one clear line at start-up instead of a stack trace. */
public class OntbrekendeInstellingAnalyse extends AbstractFailureAnalyzer<Aanmelding.OntbrekendeInstelling> {

    @Override
    protected FailureAnalysis analyze(Throwable fout, Aanmelding.OntbrekendeInstelling oorzaak) {
        return new FailureAnalysis(oorzaak.getMessage(), "Zet " + oorzaak.variabele() + ".", oorzaak);
    }
}
