/** Collecting every fault in a piece of input before refusing it: in Thai, each with where it is. */
export interface Problem {
  /** Where in the input: "fields[2].competency", "people[0].competencies.ACH". */
  where: string;
  message: string;
}

export class Problems {
  readonly list: Problem[] = [];

  add(where: string, message: string): void {
    this.list.push({ where, message });
  }

  isObject(where: string, v: unknown): v is Record<string, unknown> {
    const ok = typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!ok) this.add(where, 'ต้องเป็นออบเจกต์');
    return ok;
  }

  oneOf(where: string, v: unknown, allowed: readonly unknown[]): void {
    if (!allowed.includes(v)) {
      this.add(where, `ต้องเป็น ${allowed.join(' / ')}; ได้ ${JSON.stringify(v) ?? 'ไม่มีค่า'}`);
    }
  }

  text(where: string, v: unknown, required = true): v is string {
    if (v === undefined && !required) return false;
    const ok = typeof v === 'string' && v.trim() !== '';
    if (!ok) this.add(where, 'ต้องเป็นข้อความที่ไม่ว่าง');
    return ok;
  }

  /** Keys nobody reads are most often typos ("competancy"). */
  knownKeys(where: string, o: Record<string, unknown>, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k))
        this.add(where ? `${where}.${k}` : k, `ไม่รู้จักช่องนี้; ใช้ได้: ${allowed.join(', ')}`);
    }
  }
}
