import { beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_TABLE } from '../../src/core/schema/tables';
import type { ImageBlob } from '../gas/fakes/document-app';
import { qrOf } from '../local/qr-read';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { pasteSampleRoster, recordsOf } from './sheet-view';

/**
 * Menu "Tạo thông báo và mã QR" through dist/Code.js: the kit as one Google Doc, each poster's
 * QR code a PNG made in the bundle that an independent decoder reads back as the form's link.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

function school(): LoadedBundle {
  const bundle = loadBundle(code);
  bundle.call('setup');
  pasteSampleRoster(bundle.fakes.spreadsheet, { families: true });
  bundle.call('syncForms'); // the forms exist, their links in Settings
  return bundle;
}

const setting = (bundle: LoadedBundle, label: string): string =>
  String(
    recordsOf(bundle.fakes.spreadsheet, SETTINGS_TABLE.name).find((r) => r['Mục'] === label)?.['Giá trị'],
  );

const bytesOf = (blob: ImageBlob): Buffer => Buffer.from((blob as { bytes: Uint8Array }).bytes);

describe('"Tạo thông báo và mã QR" in the vm', () => {
  it('is on the menu', () => {
    const bundle = school();
    bundle.call('onOpen');
    const items = bundle.fakes.ui!.menus.flatMap((m) => m.entries).filter((e) => e !== 'separator');
    expect(items).toContainEqual({ caption: 'Tạo thông báo và mã QR', functionName: 'makeAnnouncements' });
  });

  it("makes one Doc: a poster per form whose QR code reads back as the form's link, then every class's Zalo text", () => {
    const bundle = school();
    bundle.call('makeAnnouncements');
    const { documentApp, ui } = bundle.fakes;
    expect(documentApp.docs).toHaveLength(1);
    const doc = documentApp.docs[0]!;
    expect(doc.name).toBe('Thông báo và mã QR – Tuần lễ học tập suốt đời 2021 – Trường Mầm non 20/10');
    const images = doc.body.images();
    expect(images).toHaveLength(3);
    const links = [
      setting(bundle, 'Biểu mẫu điểm danh khai mạc'),
      setting(bundle, 'Biểu mẫu đăng ký tập huấn'),
      setting(bundle, 'Biểu mẫu đề cử gia đình hiếu học'),
    ];
    expect(images.map((image) => qrOf(bytesOf(image.blob), 'png'))).toEqual(links);
    const texts = doc.body.paragraphs().map((p) => p.text());
    expect(texts).toContain('Xin Quý phụ huynh / thầy cô xác nhận tham dự Lễ khai mạc');
    expect(texts.some((t) => t.startsWith('Kính gửi Quý phụ huynh lớp Lá 1,'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Kính gửi thầy cô Tổ Lá,'))).toBe(true);
    expect(texts.some((t) => t.startsWith('📣 Tuần lễ hưởng ứng học tập suốt đời năm 2021'))).toBe(true);
    // nothing of a family in it: the texts speak to classes
    expect(texts.join('\n')).not.toMatch(/@example\.(org|com|net)/);
    const dialog = ui!.alerts.at(-1)!;
    expect(dialog.title).toBe('Tạo thông báo và mã QR');
    expect(dialog.prompt).toContain(doc.url);
    expect(dialog.prompt).toMatch(/3 áp phích có mã QR/);
  });

  it('a second click rewrites the same Doc rather than making another', () => {
    const bundle = school();
    bundle.call('makeAnnouncements');
    const first = bundle.fakes.documentApp.docs[0]!.body.paragraphs().length;
    bundle.call('makeAnnouncements');
    expect(bundle.fakes.documentApp.docs).toHaveLength(1);
    expect(bundle.fakes.documentApp.docs[0]!.body.paragraphs().length).toBe(first);
  });
});
