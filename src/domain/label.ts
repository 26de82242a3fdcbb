/** A name shown to people, in Bahasa Indonesia (`id`) and English (`en`); `id` here is never an item's id. */
export interface Label {
  readonly id: string;
  readonly en: string;
}
