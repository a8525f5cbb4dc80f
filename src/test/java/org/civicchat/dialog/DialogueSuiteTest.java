package org.civicchat.dialog;

import org.civicchat.support.AppTest;
import org.civicchat.support.OpenTickets;
import org.civicchat.support.PortalClient;
import org.civicchat.support.UniqueIds;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketStatus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicchat.dialog.Dialogue.dialogue;
import static org.civicchat.dialog.Dialogue.draftOpen;
import static org.civicchat.dialog.Dialogue.filed;
import static org.civicchat.dialog.Dialogue.location;
import static org.civicchat.dialog.Dialogue.menu;
import static org.civicchat.dialog.Dialogue.newestTicket;
import static org.civicchat.dialog.Dialogue.noDraft;
import static org.civicchat.dialog.Dialogue.noSurveyOnScreen;
import static org.civicchat.dialog.Dialogue.photo;
import static org.civicchat.dialog.Dialogue.say;
import static org.civicchat.dialog.Dialogue.staffResolves;
import static org.civicchat.dialog.Dialogue.surveyOnScreen;

/**
 * Multi-turn dialogues through the real portal (signed, encrypted XML; real understanding, Redis and
 * tickets): each turn's reply must say some things and not others, and the state after the last turn is
 * checked (tickets filed, a draft open, a survey on screen). One resident per dialogue.
 */
@AppTest
class DialogueSuiteTest {

    private static final String REMIND_PLACE = "还差位置";
    private static final String SURVEY_AGAIN = "问卷还没答完";

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;
    @Autowired
    StaffTickets staffTickets;
    @Autowired
    SessionStore sessions;

    static List<Dialogue> dialogues() {
        return List.of(
                // 1. an open flow takes only what fits
                dialogue("取消的话不会变成位置",
                        say("楼道里堆满了杂物").replies("什么位置"),
                        say("算了不弄了").replies("已取消").never("已为您登记"),
                        filed(0), noDraft()),
                dialogue("“订阅”是命令，不是位置",
                        say("路灯坏了好几天了").replies("什么位置"),
                        say("订阅").replies("可订阅的通知主题", REMIND_PLACE).never("已为您登记"),
                        filed(0), draftOpen()),
                dialogue("刚登记完又说同一处的另一个问题：先问是不是同一地点，“是”即登记",
                        say("幸福路{n}号的烧烤店油烟太大").replies("已为您登记工单"),
                        say("他们还把桌子摆到了人行道上").replies("还是在", "幸福路").never("已为您登记"),
                        say("是").replies("已为您登记工单", "占道经营", "幸福路"),
                        filed(2), noDraft()),
                dialogue("提供的地点不对时，居民发的新地址照常登记",
                        say("幸福路{n}号的烧烤店油烟太大").replies("已为您登记工单"),
                        say("旁边还有人乱倒垃圾").replies("还是在"),
                        say("不是 在青年路{n}号").replies("已为您登记工单", "青年路"),
                        filed(2), noDraft(), newestTicket("位置是青年路", t -> t.location().startsWith("青年路"))),
                dialogue("提供地点后先问了别的：提醒里再问一次地点",
                        say("幸福路{n}号的烧烤店油烟太大").replies("已为您登记工单"),
                        say("旁边还有人乱倒垃圾").replies("还是在"),
                        say("垃圾分类怎么分").replies("四类", "还是在"),
                        filed(1), draftOpen()),
                dialogue("登记后补一句更准的地点：加到工单，不当成问题",
                        say("幸福路{n}号路灯坏了").replies("已为您登记工单"),
                        say("在老年活动中心北边").replies("补充的内容加入工单").never("您是想问"),
                        filed(1)),
                dialogue("只说要反映，先问是什么问题，随后的问题补进同一条",
                        say("我要反映个问题").replies("什么问题").never("什么位置"),
                        say("路灯坏了好几天了").replies("什么位置").never("刚才反映"),
                        say("幸福路{n}号").replies("已为您登记工单", "公共设施损坏").never("还差位置"),
                        filed(1), noDraft()),
                dialogue("只说要反映和地址，不登记空工单",
                        say("你好 我想投诉一下").replies("什么问题"),
                        say("幸福路{n}号").replies("什么问题").never("已为您登记"),
                        filed(0), draftOpen()),
                dialogue("等位置时提的问题照常回答，随后的地址完成登记",
                        say("路灯坏了好几天了").replies("什么位置"),
                        say("这个一般要多久能处理好？").replies(REMIND_PLACE).never("已为您登记"),
                        say("幸福路{n}号").replies("已为您登记工单", "公共设施损坏", "幸福路"),
                        filed(1), noDraft(), newestTicket("位置是幸福路", t -> t.location().startsWith("幸福路"))),
                dialogue("等位置时的感谢得到回应，草稿继续等",
                        say("垃圾桶满了好几天没人清").replies("什么位置"),
                        say("谢谢").replies("不客气", REMIND_PLACE).never("您好！有什么可以帮您"),
                        filed(0), draftOpen()),
                dialogue("等位置时的问候不被当成位置",
                        say("绿化带被人种了菜").replies("什么位置"),
                        say("你好").replies(REMIND_PLACE).never("已为您登记"),
                        filed(0), draftOpen()),
                dialogue("说不知道路名：请居民说个附近好认的地方，不当成位置",
                        say("路灯坏了好几天了").replies("什么位置"),
                        say("我也不知道叫啥路").replies("附近好认的地方").never("将提交", "已为您登记"),
                        say("就在幸福路{n}号").replies("已为您登记工单", "幸福路"),
                        filed(1), noDraft()),
                dialogue("确认时说“明天再说吧”：草稿保留，不改成问题描述",
                        say("路灯坏了好几天了").replies("什么位置"),
                        say("老年活动室后面").replies("将提交"),
                        say("明天再说吧").replies("不着急").never("已修改", "已为您登记"),
                        say("1").replies("已为您登记工单", "公共设施损坏", "老年活动室后面"),
                        filed(1), noDraft()),
                dialogue("只说“楼下”会请居民说具体些",
                        say("楼道里的灯不亮了").replies("什么位置"),
                        say("就在我家楼下").replies("不够具体").never("已为您登记"),
                        filed(0), draftOpen()),
                dialogue("等位置时又反映了另一件事：先登记新的，旧的继续等位置",
                        say("楼道里堆满了杂物").replies("什么位置"),
                        say("文化路{n}号烧烤摊油烟直排").replies("已为您登记工单", "楼道里堆满了杂物", REMIND_PLACE),
                        say("锦绣家园{n}号楼").replies("已为您登记工单", "小区物业"),
                        filed(2), noDraft()),
                dialogue("等位置时的状态问题不会成为位置",
                        say("人行道地砖松动了").replies("什么位置"),
                        say("我的工单").replies("还没有反映过", REMIND_PLACE),
                        filed(0), draftOpen()),
                dialogue("先发位置再说问题，问题一到就登记",
                        location("滨河路{n}号").replies("收到位置", "是什么问题").never("收到。收到"),
                        say("垃圾桶满了好几天没人清").replies("已为您登记工单", "环境卫生"),
                        filed(1)),

                // 2. cancel and confirm
                dialogue("发照片后说“不用了”就取消，不登记",
                        photo().replies("收到照片", "是什么问题"),
                        say("不用了").replies("已取消"),
                        filed(0), noDraft()),
                dialogue("“不报了吧”也能取消",
                        say("店门口乱摆摊").replies("什么位置"),
                        say("不报了吧").replies("已取消"),
                        filed(0), noDraft()),
                dialogue("没有草稿时说“算了”得到礼貌回应",
                        say("算了").replies("好的").never("抱歉，这个问题超出了"),
                        filed(0)),
                dialogue("不确定的位置先确认，回复1才提交",
                        say("路灯不亮").replies("什么位置"),
                        say("职工宿舍{n}栋").replies("将提交", "路灯不亮", "回复1提交，2修改").never("已为您登记"),
                        say("1").replies("已为您登记工单"),
                        filed(1), noDraft()),
                dialogue("确认时回复2可修改位置，再确认后提交",
                        say("路灯不亮").replies("什么位置"),
                        say("职工宿舍{n}栋").replies("将提交"),
                        say("2").replies("正确的位置"),
                        say("幸福路{n}号").replies("将提交", "幸福路"),
                        say("1").replies("已为您登记工单", "幸福路"),
                        filed(1), newestTicket("位置改成了幸福路", t -> t.location().startsWith("幸福路"))),
                dialogue("确认时问别的事，确认继续等",
                        say("路灯不亮").replies("什么位置"),
                        say("职工宿舍{n}栋").replies("将提交"),
                        say("谢谢").replies("回复1提交，2修改"),
                        filed(0), draftOpen()),
                dialogue("照片配一句没被读成投诉的话：先确认再提交",
                        photo().replies("收到照片"),
                        say("你们过来看一下吧").replies("什么位置"),
                        say("幸福路{n}号").replies("将提交", "你们过来看一下吧", "幸福路"),
                        say("好的").replies("已为您登记工单"),
                        filed(1), noDraft(), newestTicket("有照片", t -> t.photoCount() == 1)),
                dialogue("一句话说清的投诉立即登记，不必确认",
                        say("解放路{n}号店外经营占道").replies("已为您登记工单", "占道").never("将提交"),
                        filed(1), noDraft()),

                // 3. survey manners
                dialogue("问卷中提问：先回答，再重问当前题",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("垃圾分类怎么分？").replies(SURVEY_AGAIN, "（1/8）").never("没能识别"),
                        surveyOnScreen()),
                dialogue("问卷中不带问号、不用“怎么”的提问也先回答",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("垃圾分类有几类").replies("四类", SURVEY_AGAIN, "（1/8）").never("没能识别"),
                        surveyOnScreen()),
                dialogue("问卷中说“等会再弄”礼貌暂停，“继续”接着答",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("2").startsWith("回答正确").replies("（2/8）"),
                        say("等会再弄").replies("不着急").never("没能识别"),
                        say("继续").replies("欢迎回来", "（2/8）"),
                        surveyOnScreen()),
                dialogue("“退出”后“继续”恢复问卷，不当成问题",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("退出").replies("问卷已暂停"),
                        say("继续").replies("（1/8）").never("抱歉，这个问题超出了"),
                        surveyOnScreen()),
                dialogue("“下次吧”暂停，“接着答”恢复",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("下次吧").replies("保留"),
                        say("接着答").replies("（1/8）"),
                        surveyOnScreen()),
                dialogue("菜单键恢复它所指的问卷",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("2").replies("（2/8）"),
                        say("先不答了").replies("保留"),
                        menu("survey:awareness-2026").replies("（2/8）"),
                        surveyOnScreen()),
                dialogue("邀请链接的“问卷 编号”在别的问卷进行中也能打开",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("问卷 no-such-survey").replies("没有找到这份问卷").never("没能识别")),
                dialogue("问卷中反映问题：登记工单，再重问当前题",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("青年路{n}号的路灯不亮了").replies("已为您登记工单", SURVEY_AGAIN, "（1/8）"),
                        filed(1), surveyOnScreen()),
                dialogue("问卷中说谢谢：回应后重问当前题",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("谢谢").replies("不客气", "（1/8）"),
                        surveyOnScreen()),
                dialogue("问卷中看不懂的回答仍提示重答",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("今天天气不错").replies("没能识别", "（1/8）"),
                        surveyOnScreen()),

                // 4. emergencies first
                dialogue("有人打架：第一行是110，再登记为紧急工单",
                        say("建设路{n}号有人打架").startsWith("如有人身危险请立即拨打110").replies("紧急工单"),
                        filed(1), newestTicket("紧急，时限最短", t -> t.urgent()
                                && Duration.between(t.createdAt(), t.deadline()).toHours() == 12)),
                dialogue("着火：第一行是119，不是城市管理问题不登记",
                        say("小区里着火了").startsWith("如有火情，请立即拨打119"),
                        filed(0), noDraft()),
                dialogue("道路井盖丢了：先提醒110，再问位置，登记为紧急",
                        say("马路上井盖丢了，很危险").startsWith("道路井盖缺失很危险").replies("什么位置"),
                        say("光明路{n}号").replies("紧急工单"),
                        filed(1), newestTicket("紧急", Ticket::urgent)),
                dialogue("问卷进行中有人摔倒：先说120",
                        say("问卷 awareness-2026").replies("（1/8）"),
                        say("路边有个老人摔倒了").startsWith("有人受伤请立即拨打120")),
                dialogue("有人落水：110或119",
                        say("河里有人落水了").startsWith("有人落水请立即拨打110或119")),
                dialogue("问应急知识不是报警",
                        say("家里着火了怎么办").never("请立即拨打119，并尽快撤离")),

                // 5. small talk and unknown commands
                dialogue("谢谢得到自然回应",
                        say("谢谢你们").replies("不客气").never("有什么可以帮您")),
                dialogue("你是机器人吗",
                        say("你是机器人吗").replies("智能助手", "人工")),
                dialogue("转人工：问候不算“刚才的问题”，请居民直接留言",
                        say("你好").replies("您好"),
                        say("人工").replies("人工服务时间", "直接留言").never("“你好”")),
                dialogue("转人工：工作时间、电话，并记下刚才的问题",
                        say("我家小孩上学的事找谁").never("人工服务时间"),
                        say("转人工").replies("人工服务时间", "12345", "我家小孩上学的事找谁")),
                dialogue("道歉得到回应",
                        say("不好意思发错了").replies("没关系")),
                dialogue("非处理人员发“办结”得到说明，不是系统错误",
                        say("办结 WM20261125-0007 好了").replies("处理人员的指令", "绑定").never("开了个小差")),
                dialogue("非处理人员发“受理”得到说明",
                        say("受理 WM20261125-0007").replies("处理人员的指令").never("开了个小差")),
                dialogue("“好的”不被当成问候或问题",
                        say("好的").replies("好的").never("有什么可以帮您", "超出了我们的服务范围")),

                // 6. after filing
                dialogue("登记后马上发微信位置：补到这张工单，不开新草稿",
                        say("青年路{n}号路灯不亮了").replies("已为您登记工单"),
                        location("青年路{n}号附近").replies("已补充到工单").never("收到位置", "是什么问题"),
                        filed(1), noDraft(), newestTicket("有了坐标", t -> t.latitude() != null)),
                dialogue("登记后发照片补到这张工单",
                        say("解放路{n}号人行道地砖松动").replies("已为您登记工单"),
                        photo().replies("照片已补充到工单"),
                        filed(1), newestTicket("一张照片", t -> t.photoCount() == 1)),
                dialogue("登记后补充几句话加到这张工单",
                        say("文化路{n}号的路灯不亮了").replies("已为您登记工单"),
                        say("晚上一点光都没有").replies("已将您补充的内容加入工单"),
                        filed(1), newestTicket("描述里有补充", t -> t.description().contains("晚上一点光都没有"))),
                dialogue("登记后说“算了”：说明已提交，可撤回",
                        say("光华路{n}号路灯不亮").replies("已为您登记工单"),
                        say("算了").replies("已经提交", "撤回"),
                        filed(1)),
                dialogue("三件公共设施损坏，“我的工单”按位置分得清",
                        say("青年路{n}号路灯不亮了").replies("已为您登记工单"),
                        say("人民公园{n}号门健身器材坏了").replies("已为您登记工单"),
                        say("滨河路{n}号公交站座椅坏了").replies("已为您登记工单"),
                        say("我的工单").replies("青年路", "人民公园", "滨河路", "已提交"),
                        filed(3)),

                // rule questions and small talk (issue 10, item 3)
                dialogue("“小区里能养鸡不”是问规定：不开投诉草稿",
                        say("小区里能养鸡不").never("什么位置", "已为您登记"),
                        filed(0), noDraft()),
                dialogue("问遛狗能不能不拴绳：答养犬规定，不问“您是想”",
                        say("晚上没人的时候遛狗能不拴绳不").replies("牵绳").never("您是想", "什么位置"),
                        filed(0), noDraft()),
                dialogue("“你几岁了”是闲聊：说明自己是助手，不查FAQ",
                        say("你几岁了").replies("智能助手").never("您是想问", "什么位置"),
                        filed(0)),
                dialogue("“你好啊小助手”是问候",
                        say("你好啊小助手").replies("有什么可以帮您"),
                        filed(0)),

                // status questions in words (issue 10, item 4)
                dialogue("“井盖那个修了没”找到自己的井盖工单并说状态",
                        say("光明路{n}号井盖松动了").replies("已为您登记工单"),
                        say("井盖那个修了没").replies("当前状态：已提交", "井盖").never("什么位置"),
                        filed(1), noDraft()),
                dialogue("“前天反映的噪音处理到哪一步了”找到噪音工单",
                        say("文化路{n}号半夜装修噪音扰民").replies("已为您登记工单"),
                        say("前天反映的噪音处理到哪一步了").replies("当前状态", "噪音"),
                        filed(1)),
                dialogue("“我投诉的狗叫那事有人管没”按类别找到养犬工单，不当新投诉",
                        say("青年路{n}号楼上那家的狗天天半夜叫").replies("已为您登记工单"),
                        say("我投诉的狗叫那事有人管没").replies("当前状态：已提交").never("什么位置", "已为您登记"),
                        filed(1), noDraft()),
                dialogue("“之前投诉楼上装修那事怎么样了”说装修工单的状态，不答FAQ",
                        say("文化路{n}号楼上装修天天电钻响").replies("已为您登记工单"),
                        say("之前投诉楼上装修那事怎么样了").replies("当前状态", "装修"),
                        filed(1)),
                dialogue("“我前几天提的那个问题有下文没”：唯一一张工单说状态",
                        say("光华路{n}号人行道地砖松动").replies("已为您登记工单"),
                        say("我前几天提的那个问题有下文没").replies("当前状态", "光华路"),
                        filed(1), noDraft()),
                dialogue("两件路灯工单：状态问题给出短列表",
                        say("青年路{n}号路灯不亮了").replies("已为您登记工单"),
                        say("幸福路{n}号路灯坏了").replies("已为您登记工单"),
                        say("路灯那个修了没").replies("您最近的工单", "青年路", "幸福路"),
                        filed(2)),
                dialogue("同类两件工单：问路灯只说路灯那件",
                        say("青年路{n}号路灯不亮了").replies("已为您登记工单"),
                        say("幸福路{n}号井盖丢了").replies("已为您登记"),
                        say("路灯那个修了没").replies("当前状态", "青年路").never("您最近的工单", "幸福路"),
                        filed(2)),
                dialogue("没有相符的工单：说明并告诉怎么查询",
                        say("文化路{n}号半夜装修噪音扰民").replies("已为您登记工单"),
                        say("井盖那个修了没").replies("没有找到", "查询").never("什么位置"),
                        filed(1), noDraft()),
                dialogue("从没反映过也问进度：不开草稿",
                        say("井盖那个修了没").replies("还没有反映过").never("什么位置"),
                        filed(0), noDraft()),

                // flows that work today
                dialogue("文字、位置、照片合成一张有照片的工单",
                        say("垃圾桶满了好几天没人清").replies("什么位置"),
                        location("滨河路{n}号").replies("已为您登记工单", "环境卫生"),
                        photo().replies("照片已补充到工单"),
                        filed(1), newestTicket("一张照片", t -> t.photoCount() == 1)),
                dialogue("先照片，再文字，再地点",
                        photo().replies("收到照片", "是什么问题"),
                        say("绿化带被人种了菜").replies("什么位置"),
                        say("桃园小区{n}号楼南边").replies("已为您登记工单", "绿化养护"),
                        filed(1), newestTicket("一张照片", t -> t.photoCount() == 1)),
                dialogue("规定类问题由问答回复，不开草稿",
                        say("垃圾分类怎么分").never("什么位置", "已为您登记"),
                        filed(0), noDraft()),
                dialogue("直接提交：没有位置也能登记",
                        say("有人在公共场所吸烟还不听劝").replies("什么位置"),
                        say("直接提交").replies("已为您登记工单", "不文明行为"),
                        filed(1)),
                dialogue("没有工单时看“我的工单”",
                        say("我的工单").replies("还没有反映过"),
                        filed(0)),

                // more of the above, mixed
                dialogue("“人工”后留言：照常回答，并转给工作人员",
                        say("人工").replies("人工服务时间", "直接留言"),
                        say("想咨询一下志愿服务的事").replies("已同时转给工作人员"),
                        filed(0)),
                dialogue("办结后回复3不满意：重新办理",
                        say("文化路{n}号烧烤摊油烟直排").replies("已为您登记工单"),
                        staffResolves("已要求安装油烟净化器"),
                        say("3").replies("已重新办理"),
                        newestTicket("重新办理", t -> t.status() == TicketStatus.REOPENED && t.rating() == 3)),
                dialogue("办结后问“修好了吗”：说已处理并请评价",
                        say("青年路{n}号路灯不亮了").replies("已为您登记工单"),
                        staffResolves("已更换灯泡"),
                        say("路灯那个修好了吗").replies("已处理", "1 满意")),
                dialogue("等位置时问“在哪里”不是位置",
                        say("人行道上有个大坑").replies("什么位置"),
                        say("幸福路在哪里？").replies(REMIND_PLACE).never("已为您登记"),
                        filed(0), draftOpen()),
                dialogue("电线掉了：先提醒远离并拨打电话，再问位置",
                        say("小区门口电线掉下来了").startsWith("请远离掉落的电线").replies("什么位置"),
                        draftOpen()),
                dialogue("登记后说谢谢：不补进工单",
                        say("解放路{n}号井盖松动").replies("已为您登记工单"),
                        say("谢谢").replies("不客气").never("已将您补充"),
                        filed(1), newestTicket("描述未变", t -> !t.description().contains("谢谢"))),
                dialogue("等位置时的新问题带着地址：单独登记，原来的继续等",
                        say("楼道里的灯不亮了").replies("什么位置"),
                        say("滨河路{n}号垃圾桶满了没人清").replies("已为您登记工单", "环境卫生", REMIND_PLACE),
                        filed(1), draftOpen()),
                dialogue("取消后再说地址：不会凭空登记",
                        say("路灯不亮").replies("什么位置"),
                        say("取消").replies("已取消"),
                        say("幸福路{n}号").never("已为您登记"),
                        filed(0), noDraft()),
                dialogue("登记后说“还行吧”：不补进工单，也不算没答上的问题",
                        say("解放路{n}号路灯不亮").replies("已为您登记工单"),
                        say("还行吧").replies("没太明白").never("已将您补充", "已转给"),
                        filed(1), newestTicket("描述未变", t -> !t.description().contains("还行"))),
                dialogue("登记后答问卷答到一半说“算了”：暂停问卷，不去撤工单",
                        say("解放路{n}号人行道地砖松了").replies("已为您登记工单"),
                        say("问卷").replies("（1/"),
                        say("算了").replies("问卷已暂停").never("撤回"),
                        filed(1)),
                dialogue("问“我那个工单转给哪个部门了”：说的是这件，不按字面找",
                        say("桂花路{n}号垃圾桶满了没人收").replies("已为您登记工单"),
                        say("我那个工单转给哪个部门了").replies("垃圾桶满了").never("没有找到")),
                dialogue("“查一下我名下的工单”列出自己的工单，不把“名下”当成问题",
                        say("桂花路{n}号的路灯坏了").replies("已为您登记工单"),
                        say("查一下我名下的工单").replies("路灯").never("没有找到", "名下")));
    }

    @TestFactory
    Stream<DynamicTest> dialoguesBehaveAsResidentsExpect() {
        OpenTickets.withdrawAll(staffTickets);
        PortalClient portal = new PortalClient(port);
        return dialogues().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> run(portal, d)));
    }

    private void run(PortalClient portal, Dialogue d) {
        String resident = "o-dlg-" + UniqueIds.name();
        String n = Integer.toString(UniqueIds.houseNumber());
        StringBuilder transcript = new StringBuilder(d.name());
        for (Dialogue.Turn turn : d.turns()) {
            if (turn.staff() != null) {
                Ticket newest = tickets.ticketsOf(resident, 50).stream().max(Comparator.comparing(Ticket::createdAt))
                        .orElseThrow();
                turn.staff().act(staffTickets, newest);
                transcript.append("\n").append(turn.shown());
                continue;
            }
            PortalClient.Response r = portal.encrypted(turn.message().xml(resident, n));
            assertThat(r.status()).isEqualTo(200);
            String reply = portal.replyText(r);
            transcript.append("\n居民 ").append(turn.shown().replace("{n}", n)).append("\n回复 ").append(reply);
            String context = transcript.toString();
            assertThat(reply).as(context).isNotBlank();
            for (String must : turn.has()) {
                assertThat(reply).as(context).contains(must.replace("{n}", n));
            }
            for (String mustNot : turn.lacks()) {
                assertThat(reply).as(context).doesNotContain(mustNot);
            }
            if (turn.starts() != null) {
                assertThat(turn.starts().matcher(reply).find()).as(context + "\n(should start with " + turn.starts() + ")")
                        .isTrue();
            }
        }
        String context = transcript.toString();
        for (Dialogue.Check check : d.after()) {
            List<Ticket> mine = tickets.ticketsOf(resident, 50);
            switch (check.kind()) {
                case FILED -> assertThat(mine).as(context + "\n(" + check.shown() + ")").hasSize(check.count());
                case DRAFT_OPEN -> assertThat(tickets.draft(resident)).as(context + "\n(draft open)").isPresent();
                case NO_DRAFT -> assertThat(tickets.draft(resident)).as(context + "\n(no draft)").isEmpty();
                case SURVEY_ON_SCREEN -> assertThat(surveyFlow(resident)).as(context + "\n(survey on screen)").isTrue();
                case NO_SURVEY_ON_SCREEN -> assertThat(surveyFlow(resident)).as(context + "\n(no survey)").isFalse();
                case NEWEST_TICKET -> {
                    Ticket newest = mine.stream().max(Comparator.comparing(Ticket::createdAt)).orElseThrow();
                    assertThat(check.ticket().test(staffTickets.get(newest.number())))
                            .as(context + "\n(" + check.shown() + ": " + staffTickets.get(newest.number()) + ")").isTrue();
                }
            }
        }
    }

    private boolean surveyFlow(String resident) {
        SessionStore.Session s = sessions.read(resident);
        return s.flow() != null && SurveyConversation.FLOW.equals(s.flow().name());
    }
}
