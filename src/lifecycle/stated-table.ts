import { costKeyOn } from '../finance/cost-key-on.js';
import type { Agreement } from '../model/agreement.js';
import type { IsoDate } from '../model/iso-date.js';
import { citing, type Reason } from '../rules/reason.js';

/**
 * When the agreement prints its shares in a table (Helseplattformen §9,
 * tabell 9.1), a withdrawal or an admission makes the table out of date: the
 * shares after the change are worked out by the agreement's rule (§12
 * "oppjustert eierandel"; §14 the new party's share "besluttes i
 * representantskapet"), not read from the table. This reason says so, with
 * the interpretation note on whether the table must then be amended.
 *
 * @internal
 */
export function statedTableReasons(
  agreement: Agreement,
  date: IsoDate,
  change: {
    readonly clause: string;
    readonly change: 'withdrawal' | 'admission';
    readonly decidedBy: string | null;
    readonly note: string | null;
  },
): Reason[] {
  const key = costKeyOn(agreement, date);
  const table = 'statedTable' in key ? key.statedTable : undefined;
  if (table === undefined) return [];
  return [
    citing(agreement.id)(change.clause, 'shares_stated_in_table', {
      table: table.name ?? null,
      change: change.change,
      decidedBy: change.decidedBy,
      note: change.note,
    }),
  ];
}
