// The collector's walk state: one frame per open element, holding where the walk goes next and the context the
// element's text inherits (heading level, quotation, article prose, link, nearest block tag). One structure, so
// that entering and leaving an element can never push one context list and forget another. Parallel arrays
// inside: a walk enters tens of thousands of elements, and no object is made per element.

export interface InheritedContext {
  heading: number;
  quoted: boolean;
  article: boolean;
  link: boolean;
  /** Tag of the nearest block or cell element, for the block's tag. */
  block: string;
}

export class WalkStack {
  private readonly els: (Element | null)[] = [];
  private readonly nexts: (Node | null)[] = [];
  private readonly lights: (Node | null)[] = [];
  private readonly headings: number[] = [];
  private readonly quoteds: boolean[] = [];
  private readonly articles: boolean[] = [];
  private readonly links: boolean[] = [];
  private readonly blocks: string[] = [];

  get depth(): number {
    return this.els.length;
  }

  /**
   * Opens a frame: `next` is the first child to read; `light` the light-DOM children still to read after a shadow
   * root's (null when none).
   */
  push(el: Element | null, next: Node | null, light: Node | null, context: InheritedContext): void {
    this.els.push(el);
    this.nexts.push(next);
    this.lights.push(light);
    this.headings.push(context.heading);
    this.quoteds.push(context.quoted);
    this.articles.push(context.article);
    this.links.push(context.link);
    this.blocks.push(context.block);
  }

  pop(): void {
    this.els.pop();
    this.nexts.pop();
    this.lights.pop();
    this.headings.pop();
    this.quoteds.pop();
    this.articles.pop();
    this.links.pop();
    this.blocks.pop();
  }

  el(i: number): Element | null {
    return this.els[i] ?? null;
  }

  next(i: number): Node | null {
    return this.nexts[i] ?? null;
  }

  setNext(i: number, node: Node | null): void {
    this.nexts[i] = node;
  }

  /** Moves frame i on to its light-DOM children once its shadow root is read; false when there are none. */
  switchToLight(i: number): boolean {
    const light = this.lights[i];
    if (!light) return false;
    this.nexts[i] = light;
    this.lights[i] = null;
    return true;
  }

  /** The context text at depth i inherits; the page's defaults outside any element. */
  heading(i: number): number {
    return i >= 0 ? this.headings[i]! : 0;
  }

  quoted(i: number): boolean {
    return i >= 0 && this.quoteds[i]!;
  }

  article(i: number): boolean {
    return i >= 0 && this.articles[i]!;
  }

  link(i: number): boolean {
    return i >= 0 && this.links[i]!;
  }

  block(i: number): string {
    return i >= 0 ? this.blocks[i]! : 'body';
  }
}
