package org.a6gateway.api;

import java.util.List;
import org.a6gateway.api.generated.BlocksApi;
import org.a6gateway.api.generated.model.BlockView;
import org.a6gateway.api.generated.model.NationalView;
import org.a6gateway.api.generated.model.PrivateBlock;
import org.a6gateway.authorization.AuthorizationCoverage;
import org.a6gateway.authorization.AuthorizationStore;
import org.a6gateway.authorization.BlockMatch;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class BlocksController implements BlocksApi {

    private final BlockStore blocks;
    private final AuthorizationStore authorizations;

    BlocksController(BlockStore blocks, AuthorizationStore authorizations) {
        this.blocks = blocks;
        this.authorizations = authorizations;
    }

    @Override
    public ResponseEntity<BlockView> getBlockBySerial(String serial) {
        var block = blocks.findBySerial(serial).stream().findFirst()
                .orElseThrow(() -> new NotFound("no block with serial '" + serial + "'"));
        var match = new AuthorizationCoverage(authorizations.all()).match(block);
        return ResponseEntity.ok(new BlockView().serial(block.serial())
                .privateRegistry(privateView(block)).nationalRegistry(nationalView(match)));
    }

    private static PrivateBlock privateView(BlockRecord b) {
        return new PrivateBlock().blockId(b.blockId()).version(b.sourceVersion()).program(b.program())
                .projectId(b.projectId()).hostCountry(b.hostCountry()).vintageYear(b.vintageYear())
                .issuanceId(b.issuanceId()).issuanceDate(b.issuanceDate()).blockStart(b.blockStart())
                .blockEnd(b.blockEnd()).quantity(b.quantity()).unitSize(b.unitSize().toPlainString())
                .status(b.status().name()).labels(b.labels().stream().map(BlockLabel::text).toList());
    }

    private static NationalView nationalView(BlockMatch match) {
        var view = new NationalView().matched(match.isMatched());
        if (!match.isMatched()) {
            return view.unmatchedReason(match.reason().name());
        }
        var a = match.authorization();
        return view.authorizationId(a.authorizationId()).authorizationVersion(a.version()).party(a.party())
                .purposes(a.purposes().stream().map(Enum::name).sorted().toList())
                .firstTransferDefinition(a.firstTransferDefinition().name())
                .cooperativeApproachId(a.cooperativeApproachId());
    }
}
