/** The badge saying whether the sources of one row agree. */
import type { Agreement } from "@stancemap/schema";
import { AGREEMENT_LABEL } from "../lib/format.js";

export function AgreementBadge(props: { agreement: Agreement }) {
  return (
    <span class={`badge agreement-${props.agreement}`} title="Agreement between sources">
      {AGREEMENT_LABEL[props.agreement]}
    </span>
  );
}
