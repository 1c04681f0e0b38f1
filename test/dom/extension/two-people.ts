/** The two-person BMA team the editor tests work on: P1 with every level and a self-assessment, P2 with one level. */
export function twoPeople(
  method = 'gap',
  first: Record<string, unknown> = {},
): { people: Record<string, unknown>[] } & Record<string, unknown> {
  return {
    format: 'samatthana/assessment',
    version: 1,
    set: 'bma',
    method,
    people: [
      {
        id: 'P1',
        name: 'นางสาวหนึ่ง',
        positionType: 'วิชาการ',
        positionLevel: 'ชำนาญการ',
        competencies: method === 'rating' ? { ACH: 4 } : { ACH: 2, SERV: 3, EXP: 1, ING: 2, TW: 2 },
        self: { ACH: 3 },
        ...first,
      },
      { id: 'P2', name: 'นายสอง', positionLevel: 'K1', competencies: { ACH: 1 } },
    ],
  };
}
