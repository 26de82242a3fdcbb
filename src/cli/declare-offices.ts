/** Commands for offices that work apart: the shared archive, proposals waiting, and encrypted attachments. */
import { T, collectIds, common, example, forceOption, itemId, type CommandContext } from './options.js';

function declareInbox(c: CommandContext): void {
  example(
    common(
      c.program
        .command('inbox')
        .description(
          T(
            'usulan yang menunggu PPID Utama: siapa mengusulkan, dari unit dan salinan mana, kapan',
            'proposals waiting for the PPID Utama: who proposed, from which unit and copy, when',
          ),
        ),
    ),
    ['ppid inbox', 'ppid inbox --json'],
  ).action(c.wrap(async (o) => (await import('../commands/inbox.js')).run(await c.ioFor(o), o)));
}

function declareRemote(c: CommandContext): void {
  example(
    common(
      c.program
        .command('remote')
        .argument('[aksi]', T('"add" untuk menyambung', '"add" to connect'))
        .argument('[alamat]', T('alamat arsip bersama (git)', 'address of the shared archive (git)'))
        .description(
          T(
            'sambungan ke arsip bersama antar-kantor; tanpa argumen: menampilkannya',
            'the connection to the shared archive between offices; without arguments: show it',
          ),
        )
        .option('--nama <nama>', T('nama sambungan', 'remote name'), 'origin')
        .option(
          '--klon <nama>',
          T('nama salinan ini di jejak audit (bawaan: nama komputer)', 'this copy\u2019s name in the audit trail (default: the computer\u2019s name)'),
        ),
      { output: 'json' },
    ),
    ['ppid remote add https://git.sanggau.go.id/ppid/arsip-dik.git --klon bkpsdm', 'ppid remote'],
  ).action(
    c.wrap(async (action: string | undefined, url: string | undefined, o) => (await import('../commands/remote.js')).run(await c.ioFor(o), action, url, o)),
  );
}

function declareClone(c: CommandContext): void {
  example(
    common(
      c.program
        .command('clone')
        .argument('<alamat>', T('alamat arsip bersama (git)', 'address of the shared archive (git)'))
        .argument('[folder]', T('folder salinan baru', 'folder of the new copy'))
        .description(T('membuat salinan arsip bersama untuk kantor ini', 'make this office\u2019s copy of the shared archive'))
        .option('--klon <nama>', T('nama salinan ini di jejak audit', 'this copy\u2019s name in the audit trail')),
      { output: 'json' },
    ),
    ['ppid clone https://git.sanggau.go.id/ppid/arsip-dik.git arsip-dik --klon bkpsdm'],
  ).action(c.wrap(async (url: string, folder: string | undefined, o) => (await import('../commands/clone.js')).run(await c.ioFor(o), url, folder, o)));
}

function declareSync(c: CommandContext): void {
  example(
    common(
      c.program
        .command('sync')
        .description(
          T(
            'menerima langkah kantor lain dan mengirim langkah kantor ini ke arsip bersama; gagal = tidak ada yang berubah',
            'receive the other offices\u2019 steps and send this office\u2019s; on failure nothing changes',
          ),
        )
        .option('--remote <nama>', T('sambungan yang dipakai (bawaan: origin)', 'remote to use (default: origin)'))
        .option(
          '--pakai-remote <id>',
          T('butir yang berkonflik: pakai versi kantor lain (boleh berulang)', 'conflicting item: keep the other office\u2019s version (repeatable)'),
          collectIds,
        )
        .option(
          '--pakai-lokal <id>',
          T('butir yang berkonflik: pakai versi di sini (boleh berulang)', 'conflicting item: keep this copy\u2019s version (repeatable)'),
          collectIds,
        ),
      { output: 'json' },
    ),
    ['ppid sync', 'ppid sync --pakai-remote DIK-BKPSDM-2026-0003'],
  ).action(c.wrap(async (o) => (await import('../commands/sync.js')).run(await c.ioFor(o), o)));
}

function declareDecrypt(c: CommandContext): void {
  example(
    common(
      c.program
        .command('decrypt')
        .argument('<id>', T('nomor butir', 'item id'))
        .argument('[berkas]', T('lampiran tertentu (bawaan: semua yang terenkripsi)', 'one attachment (default: every encrypted one)'))
        .description(
          T(
            'salinan terbaca lampiran terenkripsi untuk pemegang kunci, diperiksa dengan sidik sha256-nya',
            'a readable copy of encrypted attachments for a key holder, checked against their sha256',
          ),
        )
        .requiredOption('--kunci <berkas>', T('berkas kunci rahasia age Anda', 'your age secret key file'))
        .requiredOption('--out <folder>', T('folder tujuan salinan (di luar arsip)', 'folder for the copies (outside the archive)'))
        .addOption(forceOption()),
      { output: 'json' },
    ),
    ['ppid decrypt DIK-BKPSDM-2026-0003 --kunci ~/kunci-ppid.txt --out ~/salinan'],
  ).action(c.wrap(async (id: string, file: string | undefined, o) => (await import('../commands/decrypt.js')).run(await c.ioFor(o), itemId(id), file, o)));
}

function declareKeygen(c: CommandContext): void {
  example(
    common(
      c.program
        .command('keygen')
        .description(
          T(
            'membuat pasangan kunci age: kunci rahasia ke berkas, kunci publik dicetak untuk ppid.yaml',
            'make an age key pair: the secret key to a file, the public key printed for ppid.yaml',
          ),
        )
        .requiredOption('--out <berkas>', T('berkas kunci rahasia baru', 'new secret key file')),
      { output: 'json' },
    ),
    ['ppid keygen --out ~/kunci-ppid.txt'],
  ).action(c.wrap(async (o) => (await import('../commands/decrypt.js')).keygen(await c.ioFor(o), o)));
}

export const OFFICES = { inbox: declareInbox, remote: declareRemote, clone: declareClone, sync: declareSync, decrypt: declareDecrypt, keygen: declareKeygen };
