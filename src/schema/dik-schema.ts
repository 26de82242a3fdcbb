/** JSON Schema of the published dik.json, checked against real output by a test. */
type Schema = Record<string, unknown>;

const str = (title: string): Schema => ({ type: 'string', title });
const date = (title: string): Schema => ({ type: 'string', format: 'date', title });
const strings = (title: string): Schema => ({ type: 'array', title, items: { type: 'string' } });
const obj = (title: string, properties: Record<string, Schema>): Schema => ({
  type: 'object',
  title,
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

export function buildDikSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ppid.example/schemas/dik.schema.json',
    ...obj('Daftar Informasi yang Dikecualikan (dik.json)', {
      badan_publik: str('Nama Badan Publik'),
      situs: { type: ['string', 'null'], title: 'Situs resmi PPID' },
      per_tanggal: date('Keadaan per tanggal'),
      jumlah: { type: 'integer', minimum: 0, title: 'Jumlah informasi yang dikecualikan' },
      butir: {
        type: 'array',
        title: 'Informasi yang dikecualikan dan berlaku',
        items: obj('Informasi yang dikecualikan', {
          no: { type: 'integer', minimum: 1, title: 'Nomor urut' },
          id: str('Nomor butir'),
          informasi: str('Informasi (atau judul publiknya)'),
          unit: str('Unit kerja'),
          pasal17: strings('Kode Pasal 17'),
          huruf: strings('Huruf Pasal 17'),
          dasar_hukum: strings('Dasar hukum pengecualian'),
          konsekuensi_dibuka: str('Konsekuensi bila dibuka'),
          konsekuensi_ditutup: str('Konsekuensi bila ditutup'),
          jangka_waktu: str('Jangka waktu'),
          dikecualikan_sampai: {
            anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }],
            title: 'Dikecualikan sampai dengan (hari terakhir dikecualikan)',
          },
          terbuka_sejak: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }], title: 'Terbuka sejak (hari pertama tidak lagi dikecualikan)' },
          status: str('Status'),
          penetapan: { anyOf: [obj('Penetapan', { nomor: str('Nomor'), tanggal: date('Tanggal') }), { type: 'null' }], title: 'Surat penetapan' },
        }),
      },
      dibuka: {
        type: 'array',
        title: 'Informasi yang telah dibuka',
        items: obj('Informasi yang telah dibuka', {
          no: { type: 'integer', minimum: 1, title: 'Nomor urut' },
          id: str('Nomor butir'),
          informasi: str('Informasi'),
          unit: str('Unit kerja'),
          dasar_hukum: strings('Dasar pengecualian semula'),
          dibuka: date('Terbuka sejak'),
          alasan: str('Dasar pembukaan'),
          dasar: { type: ['string', 'null'], title: 'Keterangan dasar pembukaan' },
          demi_hukum: { type: 'boolean', title: 'Terbuka demi hukum (PP 61/2010 Pasal 11 ayat 3)' },
        }),
      },
    }),
  };
}
