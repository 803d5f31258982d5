import { describe, expect, it } from 'vitest';
import { leadingTimestamp, parseClock, timestampOnly, trailingTimestamp } from './timestamps';

describe('parseClock', () => {
  it.each([
    ['12:05', 725],
    ['2:19', 139],
    ['00:36:46', 2206],
    ['1:02:03', 3723],
    ['00:00:01,500', 1.5],
    ['00:01.250', 1.25],
    ['75:10', 4510],
    ['  3:04 ', 184],
    ['12:60', null],
    ['1:60:00', null],
    ['1:1', null],
    ['2019-2025', null],
    ['abc', null],
    ['', null]
  ])('%s -> %s', (input, expected) => {
    expect(parseClock(input)).toBe(expected);
  });
});

describe('leadingTimestamp', () => {
  it.each([
    ['[12:05] Title', 725, '[12:05] '.length],
    ['(2:19) Title', 139, '(2:19) '.length],
    ['（2:19）标题', 139, '（2:19）'.length],
    ['00:36:46 - Title', 2206, '00:36:46 - '.length],
    ['00:36:46 – Title', 2206, '00:36:46 – '.length],
    ['00:36:46 | Title', 2206, '00:36:46 | '.length],
    ['[00:01:02]: text', 62, '[00:01:02]: '.length],
    ['12:05', 725, 5],
    ['12:05text', null, 0],
    ['2019-2025 was', null, 0],
    [' 12:05 leading space', null, 0],
    ['Title (12:05)', null, 0],
    ['[12:61] bad', null, 0]
  ])('%s', (input, seconds, length) => {
    const hit = leadingTimestamp(input);
    if (seconds === null) expect(hit).toBeNull();
    else expect(hit).toEqual({ seconds, length });
  });
});

describe('trailingTimestamp', () => {
  it.each([
    ['每年算力投入大约翻两番（$4 \\times$）。 (2:19)', 139, 6],
    ['a key point [00:15:09]', 909, 10],
    ['全角（15:09）', 909, 7],
    ['no bare trailing 15:09', null, 0],
    ['(15:09) not at the end', null, 0],
    ['(ends with space) (1:00) ', null, 0]
  ])('%s', (input, seconds, length) => {
    const hit = trailingTimestamp(input);
    if (seconds === null) expect(hit).toBeNull();
    else expect(hit).toEqual({ seconds, length });
  });
});

describe('timestampOnly', () => {
  it.each([
    ['[00:12:05]', 725],
    ['  00:12:05  ', 725],
    ['(2:19)', 139],
    ['[00:12:05] text', null],
    ['(音乐)', null]
  ])('%s', (input, expected) => {
    expect(timestampOnly(input)).toBe(expected);
  });
});
