import detector from '../../detectors/app-install-lure';
import { testDetector } from '../helpers/detector-tester';

testDetector(detector, {
  fires: [
    { name: 'an APK for a video call with unknown sources', html: '<h2>ビデオ通話には専用アプリが必要です</h2><a href="/dl/call.apk">ダウンロード</a><p>提供元不明のアプリを許可してください</p>', keys: ['appLink', 'sideloadSteps', 'chatStory'], min: 1 },
    { name: 'an iOS profile for a chat', html: '<p>お相手とのビデオチャットを始めるには</p><a href="https://x.example/chat.mobileconfig">プロファイルをインストール</a>', keys: ['appLink'] },
    { name: 'an enterprise app link', html: '<p>彼女とのライブチャット専用アプリ</p><a href="itms-services://?action=download-manifest&amp;url=https://x.example/m.plist">インストール</a>', keys: ['appLink'] },
    { name: 'steps only, no link', html: '<p>ツーショット通話アプリを入れるには、設定で「不明なアプリのインストールを許可」をオンにしてください</p>', keys: ['sideloadSteps'], max: 0.6 },
  ],
  silent: [
    { name: 'an APK with no chat story', html: '<a href="/memo.apk">メモ帳アプリをダウンロード</a>' },
    { name: 'a chat app from the store', html: '<p>ビデオ通話アプリはApp Storeからインストールできます</p>' },
    { name: 'a quoted lure', html: '<p>「ビデオ通話には専用アプリが必要」「提供元不明のアプリを許可して」と言われても従わないでください</p>' },
  ],
});
