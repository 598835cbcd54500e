package org.a6gateway.goldstandard;

import java.util.List;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.RetirementWords;

/** The real Gold Standard sample's credits as the connector stores them, for tests of other modules. */
public final class GoldStandardSamples {

    private GoldStandardSamples() {
    }

    public static List<BlockRecord> blocks(String registry) {
        return CreditsFeed.read(registry, CreditTranslatorTest.sample(), RetirementWords.DEFAULT).accepted();
    }
}
